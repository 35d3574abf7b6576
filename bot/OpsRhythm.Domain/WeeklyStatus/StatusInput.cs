namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>What the head typed on the status card, before validation.</summary>
public sealed record StatusInput(IReadOnlyList<(string Title, string Percent, string Health)> Tasks, string? Highlights, string? Problems, string? HelpFrom, string? HelpNeeded);
