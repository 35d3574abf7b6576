using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Protocol.Connector;

/// <summary>
/// Teams' answer to <c>GET /v1/meetings/{meetingId}/participants/{aadObjectId}?tenantId=…</c>: the person, their
/// role in the meeting and the meeting's chat. Teams answers 404 for someone who is not a participant.
/// </summary>
public sealed record MeetingParticipant(TeamsChannelAccount? User, MeetingParticipantRole? Meeting, ConversationAccount? Conversation);
