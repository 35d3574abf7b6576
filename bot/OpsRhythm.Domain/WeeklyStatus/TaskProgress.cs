namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>One task of the department's monthly plan as reported this week: progress in percent and health.</summary>
public sealed record TaskProgress(string Title, int Percent, TaskHealth Health);
