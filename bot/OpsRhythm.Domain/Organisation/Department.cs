namespace OpsRhythm.Domain.Organisation;

/// <summary>A department: its head drafts its plans; its channel receives its published plan and alerts.</summary>
public sealed record Department(string Id, LocalizedText Name)
{
    public string? HeadPersonId { get; init; }

    /// <summary>The Teams channel conversation id (19:…@thread.tacv2) the department's posts go to.</summary>
    public string? ChannelId { get; init; }

    /// <summary>Matches the id or either language's name, as typed after a chat command or in a CSV row.</summary>
    public bool IsNamed(string text) =>
        string.Equals(Id, text, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Name.ZhCn, text, StringComparison.Ordinal)
        || string.Equals(Name.EnUs, text, StringComparison.OrdinalIgnoreCase);
}
