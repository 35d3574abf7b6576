using System.Text.Json.Serialization;

namespace OpsRhythm.Domain.Planning;

/// <summary>
/// The company draft the ops office consolidates from the accepted department plans (stored as
/// "company" in the cycle's partition): summed targets, tasks per department, resource totals, the
/// highest risks and the conflicts to balance, then the approvers' decision.
/// </summary>
public sealed record CompanyPlan(string CycleId)
{
    public const string DocumentId = "company";

    public IReadOnlyList<PlanTarget> TargetTotals { get; init; } = [];

    public IReadOnlyList<DepartmentSummary> Departments { get; init; } = [];

    public int Headcount { get; init; }

    public decimal Budget { get; init; }

    public IReadOnlyList<DepartmentRisk> TopRisks { get; init; } = [];

    public IReadOnlyList<PlanConflict> Conflicts { get; init; } = [];

    /// <summary>Targets as leadership set them when approving an annual plan, replacing the summed ones.</summary>
    public IReadOnlyList<PlanTarget> AdjustedTargets { get; init; } = [];

    public PlanCycleState? Decision { get; init; }

    public string? DecisionComment { get; init; }

    public DateTimeOffset BuiltAt { get; init; }

    [JsonIgnore]
    public IReadOnlyList<PlanTarget> EffectiveTargets => AdjustedTargets.Count > 0 ? AdjustedTargets : TargetTotals;

    [JsonIgnore]
    public int TaskCount => Departments.Sum(d => d.Tasks);
}
