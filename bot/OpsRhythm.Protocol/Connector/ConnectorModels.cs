using System.Text.Json;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Protocol.Connector;

public sealed record ResourceResponse(string? Id);

public sealed record ConversationResourceResponse(string Id, string? ActivityId, string? ServiceUrl);

/// <summary>Parameters of <c>POST /v3/conversations</c>; Teams needs <c>channelData.tenant.id</c> for a 1:1 chat.</summary>
public sealed record ConversationParameters
{
    public bool IsGroup { get; init; }
    public ChannelAccount? Bot { get; init; }
    public IReadOnlyList<ChannelAccount>? Members { get; init; }
    public string? TopicName { get; init; }
    public string? TenantId { get; init; }
    public Activity? Activity { get; init; }
    public JsonElement? ChannelData { get; init; }
}

public sealed record TeamsChannelAccount(string Id, string? Name)
{
    public string? AadObjectId { get; init; }
    public string? Email { get; init; }
    public string? UserPrincipalName { get; init; }
    public string? TenantId { get; init; }
    public string? UserRole { get; init; }
}

public sealed record PagedMembersResult(IReadOnlyList<TeamsChannelAccount> Members, string? ContinuationToken);
