namespace OpsRhythm.Protocol.Connector;

/// <summary>A participant's part in a Teams meeting: "Organizer", "Presenter" or "Attendee", and whether they are in it now.</summary>
public sealed record MeetingParticipantRole(string? Role, bool? InMeeting);
