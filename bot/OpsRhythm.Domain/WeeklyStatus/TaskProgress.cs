namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>
/// One task as reported this week: progress in percent and health. <see cref="PlanTaskId"/> names the
/// monthly plan's task it reports on (its progress then updates the plan's tracking); null for a
/// free-form item (no approved monthly plan, or work outside it).
/// </summary>
public sealed record TaskProgress(string Title, int Percent, TaskHealth Health)
{
    public string? PlanTaskId { get; init; }
}
