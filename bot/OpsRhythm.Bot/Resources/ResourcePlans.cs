using OpsRhythm.Bot.Planning;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Resources;

namespace OpsRhythm.Bot.Resources;

/// <summary>
/// The planned resources of departments for a month, from the approved plans' resource needs (资源需求): the
/// monthly plan if its cycle is approved, else the quarterly plan (budget ÷ 3), else the annual plan (budget ÷ 12);
/// headcount as the plan writes it. Per source: one cycle point read, then one plan point read for one department,
/// or one query of the cycle's partition for several (the dashboard): at most six requests for any number.
/// </summary>
internal sealed class ResourcePlans(PlanDocuments plans)
{
    public async Task<ResourcePlan> ForAsync(string departmentId, int year, int month, CancellationToken cancellationToken) =>
        (await ForAsync([departmentId], year, month, cancellationToken)).GetValueOrDefault(departmentId) ?? ResourcePlan.None;

    /// <summary>The departments' plans for the month; a department no approved plan gives figures for is absent.</summary>
    public async Task<IReadOnlyDictionary<string, ResourcePlan>> ForAsync(IReadOnlyCollection<string> departmentIds, int year, int month, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, ResourcePlan>(StringComparer.Ordinal);
        (PlanPeriod Period, int Months)[] sources =
        [
            (PlanPeriod.Monthly(year, month), 1),
            (PlanPeriod.Quarterly(year, ((month - 1) / 3) + 1), 3),
            (PlanPeriod.Annual(year), 12),
        ];
        foreach (var (period, months) in sources)
        {
            var missing = departmentIds.Where(d => !found.ContainsKey(d)).ToHashSet(StringComparer.Ordinal);
            if (missing.Count == 0)
            {
                break;
            }

            var cycleId = PlanCycle.IdFor(period);
            if ((await plans.CycleAsync(cycleId, cancellationToken))?.Value is not { State: PlanCycleState.Approved or PlanCycleState.Published })
            {
                continue;
            }

            var approved = missing.Count == 1
                ? [(await plans.PlanAsync(cycleId, missing.Single(), cancellationToken))?.Value]
                : (await plans.PlansAsync(cycleId, cancellationToken)).Select(p => (DepartmentPlan?)p.Value);
            foreach (var plan in approved.OfType<DepartmentPlan>().Where(p => missing.Contains(p.DepartmentId)))
            {
                if (Figures(plan, months, cycleId) is { } figures)
                {
                    found[plan.DepartmentId] = figures;
                }
            }
        }

        return found;
    }

    /// <summary>The plan's figures for one month of its period; null when it plans neither (0 means not planned).</summary>
    private static ResourcePlan? Figures(DepartmentPlan plan, int months, string cycleId) =>
        plan.ApprovedContent?.Resources is not { } needs || (needs.Budget <= 0 && needs.Headcount <= 0)
            ? null
            : new ResourcePlan(
                needs.Budget > 0 ? Math.Round(needs.Budget / months, 2, MidpointRounding.AwayFromZero) : null,
                needs.Headcount > 0 ? needs.Headcount : null,
                cycleId);
}
