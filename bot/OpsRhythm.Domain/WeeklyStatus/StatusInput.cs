namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>What the head typed on the status card, before validation; task row i has input ids "task{i}.*".</summary>
public sealed record StatusInput(IReadOnlyList<TaskInput> Tasks, string? Highlights, string? Problems, string? HelpFrom, string? HelpNeeded);
