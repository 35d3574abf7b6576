namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>What the head typed on the status card, before validation; task row i has the input ids of <see cref="WeeklyStatusFields.TaskTitleOf"/> and its siblings.</summary>
public sealed record StatusInput(IReadOnlyList<TaskInput> Tasks, string? Highlights, string? Problems, string? HelpFrom, string? HelpNeeded);
