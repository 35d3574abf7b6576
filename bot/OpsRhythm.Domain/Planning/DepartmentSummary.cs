namespace OpsRhythm.Domain.Planning;

/// <summary>One department's line on the company plan.</summary>
public sealed record DepartmentSummary(string DepartmentId, DepartmentPlanState State, int Tasks, int Milestones, int Headcount, decimal Budget)
{
    public int CompletionPercent { get; init; }
}
