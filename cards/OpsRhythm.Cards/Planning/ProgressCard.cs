using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Cards.Planning;

/// <summary>Execution of a published plan: each department's completion, its blocked and overdue tasks.</summary>
public static class ProgressCard
{
    public static AdaptiveCard Build(PlanCycle cycle, IReadOnlyList<DepartmentPlan> plans, OrganisationProfile organisation, DateOnly today, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(text);
        var ordered = cycle.DepartmentIds
            .Select(id => plans.FirstOrDefault(p => p.DepartmentId == id) ?? new DepartmentPlan(cycle.CycleId, id, DepartmentPlanState.NotStarted))
            .ToList();
        var rows = ordered.Select(p => (IReadOnlyList<string>)
        [
            PlanNames.Department(organisation, p.DepartmentId, text),
            text.Format("Planning.Percent", p.CompletionPercent),
            text.Format("Planning.DoneOfTotal", p.Content.Tasks.Count(t => t.Status == PlanTaskStatus.Done), p.Content.Tasks.Count),
            p.Content.Tasks.Count(t => t.Status == PlanTaskStatus.Blocked).ToString(text.Culture),
            p.Content.Tasks.Count(t => t.Status != PlanTaskStatus.Done && t.DueDate < today).ToString(text.Culture),
        ]).ToList();
        var table = PlanCardParts.Grid(
            [3, 1, 2, 1, 1],
            [text["Planning.Field.Department"], text["Planning.Field.Completion"], text["Planning.Field.Tasks"], text["Planning.Field.Blocked"], text["Planning.Field.Overdue"]],
            rows);
        var body = new List<CardElement>
        {
            PlanCardParts.Title(text.Format("Planning.ProgressTitle", PlanNames.Cycle(cycle, text))),
            PlanCardParts.Subtle(text.Format("Planning.ProgressAsOf", PlanNames.Date(today, text))),
        };
        if (cycle.State != PlanCycleState.Published)
        {
            body.AddRange(PlanCardParts.Notice(text.Format("Planning.NotPublishedYet", PlanNames.Of(cycle.State, text)), ContainerStyle.Warning));
        }
        else
        {
            body.Add(new HorizontalBarChart(ordered.Select(p => new ChartPoint(PlanNames.Department(organisation, p.DepartmentId, text), p.CompletionPercent)).ToList())
            {
                Title = text["Planning.Field.Completion"],
                Fallback = PlanCardParts.Subtle(text["Planning.ChartFallback"]),
            });
        }

        body.Add(table);
        return new AdaptiveCard(body) { FallbackText = text.Format("Planning.ProgressTitle", PlanNames.Cycle(cycle, text)) };
    }
}
