namespace OpsRhythm.Domain.Planning;

/// <summary>Builds the company draft from the department plans and finds what needs balancing.</summary>
public static class Consolidation
{
    public const int TopRiskCount = 5;

    /// <summary>Tasks one person can own in a period before the ops office should rebalance.</summary>
    public static int OwnerTaskLimit(PlanKind kind) => kind switch
    {
        PlanKind.Monthly => 5,
        PlanKind.Quarterly => 8,
        _ => 12,
    };

    public static CompanyPlan Build(PlanCycle cycle, IReadOnlyList<DepartmentPlan> plans, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(plans);
        var ordered = cycle.DepartmentIds
            .Select(id => plans.FirstOrDefault(p => p.DepartmentId == id) ?? new DepartmentPlan(cycle.CycleId, id, DepartmentPlanState.NotStarted))
            .ToList();

        return new CompanyPlan(cycle.CycleId)
        {
            TargetTotals = ordered
                .SelectMany(p => p.Content.Targets)
                .GroupBy(t => (t.Metric, t.Unit))
                .Select(g => new PlanTarget(g.Key.Metric, g.Key.Unit, g.Sum(t => t.Value)))
                .OrderBy(t => Metrics.IsKnown(t.Metric) ? 0 : 1)
                .ThenBy(t => t.Metric, StringComparer.Ordinal)
                .ToList(),
            Departments = ordered.Select(Summarise).ToList(),
            Headcount = ordered.Sum(p => p.Content.Resources.Headcount),
            Budget = ordered.Sum(p => p.Content.Resources.Budget),
            TopRisks = ordered
                .SelectMany(p => p.Content.Risks.Select(r => new DepartmentRisk(p.DepartmentId, r)))
                .OrderByDescending(r => r.Risk.Level)
                .ThenBy(r => r.DepartmentId, StringComparer.Ordinal)
                .Take(TopRiskCount)
                .ToList(),
            Conflicts = [.. OverloadedOwners(ordered, OwnerTaskLimit(cycle.Kind)), .. SharedResources(ordered)],
            BuiltAt = at,
        };
    }

    public static DepartmentSummary Summarise(DepartmentPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new DepartmentSummary(
            plan.DepartmentId,
            plan.State,
            plan.Content.Tasks.Count,
            plan.Content.Tasks.Count(t => t.IsMilestone),
            plan.Content.Resources.Headcount,
            plan.Content.Resources.Budget)
        {
            CompletionPercent = plan.CompletionPercent,
        };
    }

    private static IEnumerable<PlanConflict> OverloadedOwners(IReadOnlyList<DepartmentPlan> plans, int limit) =>
        plans
            .SelectMany(p => p.Content.Tasks.Select(t => (p.DepartmentId, t.OwnerPersonId)))
            .GroupBy(x => x.OwnerPersonId, StringComparer.Ordinal)
            .Where(g => g.Count() > limit)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PlanConflict(ConflictKind.OwnerOverloaded, g.Key, g.Select(x => x.DepartmentId).Distinct().ToList(), g.Count()));

    private static IEnumerable<PlanConflict> SharedResources(IReadOnlyList<DepartmentPlan> plans) =>
        plans
            .SelectMany(p => p.Content.Resources.MaterialItems.Select(item => (p.DepartmentId, Item: item)))
            .GroupBy(x => x.Item, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.Key, Departments: g.Select(x => x.DepartmentId).Distinct().ToList()))
            .Where(g => g.Departments.Count > 1)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new PlanConflict(ConflictKind.ResourceRequestedTwice, g.Key, g.Departments, g.Departments.Count));
}
