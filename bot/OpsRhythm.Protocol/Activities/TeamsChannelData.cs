namespace OpsRhythm.Protocol.Activities;

/// <summary>The Teams part of channelData: tenant, team and channel, and the conversationUpdate event type.</summary>
public sealed record TeamsChannelData
{
    public TenantInfo? Tenant { get; init; }
    public TeamInfo? Team { get; init; }
    public ChannelInfo? Channel { get; init; }
    public string? EventType { get; init; }
}

public sealed record TenantInfo(string? Id);

public sealed record TeamInfo(string? Id, string? Name = null)
{
    public string? AadGroupId { get; init; }
}

public sealed record ChannelInfo(string? Id, string? Name = null);
