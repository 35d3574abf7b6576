namespace OpsRhythm.Protocol.Activities;

/// <summary>A user or bot in a conversation; in Teams the id is "29:…" and AadObjectId the Entra object id.</summary>
public sealed record ChannelAccount(string Id, string? Name = null)
{
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }
}
