using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API (v3) for one service URL. Every call is authenticated with the bot's
/// client-credentials token and retried on 429/412/502/503/504, except by the single-attempt client
/// (keyed <see cref="ConnectorClient.SingleAttemptKey"/>) whose caller retries; a 403 MessageWritesBlocked
/// surfaces as <see cref="ConversationBlockedException"/> and is never retried.
/// </summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    Task<ConversationResourceResponse> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    Task<PagedMembersResult> GetPagedMembersAsync(Uri serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken);

    Task<IReadOnlyList<ChannelInfo>> GetTeamChannelsAsync(Uri serviceUrl, string teamId, CancellationToken cancellationToken);

    /// <summary>The person's part in a Teams meeting (<c>GET /v1/meetings/{id}/participants/{aadObjectId}</c>); null when Teams says they are not a participant (404).</summary>
    Task<MeetingParticipant?> GetMeetingParticipantAsync(Uri serviceUrl, string meetingId, string aadObjectId, string tenantId, CancellationToken cancellationToken);
}
