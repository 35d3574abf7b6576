namespace OpsRhythm.Domain.Improvement;

/// <summary>
/// A department concerned by a redesign assesses the designed solution (R-2.2, step 4): feasibility,
/// effectiveness and cost-benefit, each 1–5, with a comment.
/// </summary>
public sealed record DepartmentEvaluation(string DepartmentId, string ByPersonId, int Feasibility, int Effectiveness, int CostBenefit, DateTimeOffset At)
{
    public string? Comment { get; init; }
}
