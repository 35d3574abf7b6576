namespace OpsRhythm.Protocol.Activities;

/// <summary>The conversation: conversationType is "personal", "groupChat" or "channel" in Teams.</summary>
public sealed record ConversationAccount(string Id)
{
    public string? Name { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public bool? IsGroup { get; init; }
}
