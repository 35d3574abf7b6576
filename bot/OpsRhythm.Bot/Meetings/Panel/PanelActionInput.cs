namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>The action item form as the page posts it (JSON): what, the owner's person id, the deadline "yyyy-MM-dd", a <see cref="PanelLink"/> value or empty.</summary>
internal sealed record PanelActionInput(string? Title, string? Owner, string? Deadline, string? Link);
