namespace OpsRhythm.Domain.Organisation;

/// <summary>A department: its head drafts its plans; its channel receives its published plan and alerts.</summary>
public sealed record Department(string Id, LocalizedText Name)
{
    public string? HeadPersonId { get; init; }

    /// <summary>The Teams channel conversation id (19:…@thread.tacv2) the department's posts go to.</summary>
    public string? ChannelId { get; init; }
}
