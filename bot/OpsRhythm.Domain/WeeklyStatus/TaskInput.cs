namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>One task row as typed on the status card; <see cref="PlanTaskId"/> is set for a row drawn from the monthly plan.</summary>
public sealed record TaskInput(string Title, string Percent, string Health)
{
    public string? PlanTaskId { get; init; }
}
