namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>
/// The meeting a panel is open in: the weekly operations meeting or a coordination meeting (its id and
/// topic), and the people invited to it, from whom an action item's owner is chosen.
/// </summary>
internal sealed record PanelMeeting(string MeetingId, string? Topic, IReadOnlyList<string> AttendeePersonIds);
