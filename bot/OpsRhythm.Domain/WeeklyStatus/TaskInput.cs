namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>
/// One task row of the status card; <see cref="PlanTaskId"/> is set for a row drawn from the monthly plan.
/// <see cref="Percent"/> is null when what was typed is not a whole number, <see cref="Health"/> when none
/// was picked: the rules decide what that means for a row that has a title.
/// </summary>
public sealed record TaskInput(string Title, int? Percent, TaskHealth? Health)
{
    public string? PlanTaskId { get; init; }
}
