using OpsRhythm.Bot.Resources;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Resources;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// Budget against actual and headcount against plan for the month shown, one row per department in detail:
/// the plan's figures from the approved plans (read each time, as plans are: up to three cycles and their plans for all departments at once), the actuals from the values'
/// partition (through the cache), flagged against the plan as it stands now. A department with neither is left out.
/// </summary>
internal sealed class ResourceSection(ResourceReader actuals, ResourcePlans plans)
{
    public async Task<IReadOnlyList<ResourceRow>> ReadAsync(PlanPeriod period, IReadOnlyList<string> detail, OrganisationProfile organisation, Localizer text, CancellationToken cancellationToken)
    {
        if (period.Kind != PlanKind.Monthly)
        {
            return [];
        }

        var planned = await plans.ForAsync(detail, period.Year, period.Index, cancellationToken);
        var rows = new List<ResourceRow>();
        foreach (var departmentId in detail)
        {
            var plan = planned.GetValueOrDefault(departmentId) ?? ResourcePlan.None;
            var actual = (await actuals.ReadAsync(departmentId, period.Year, period.Index, cancellationToken))?.Value;
            if (actual is null && plan.Budget is null && plan.Headcount is null)
            {
                continue;
            }

            rows.Add(new ResourceRow(departmentId, PlanSection.DepartmentName(organisation, departmentId, text), period.ToString(),
                plan.Budget, actual?.Budget, plan.Headcount, actual?.Headcount,
                actual is not null && plan.BudgetOver(actual.Budget), actual is not null && plan.HeadcountOver(actual.Headcount)));
        }

        return rows;
    }
}
