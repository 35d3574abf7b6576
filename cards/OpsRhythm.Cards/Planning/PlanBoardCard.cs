using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Cards.Planning;

/// <summary>The plan board: the current cycles, where each department's plan stands (逾期 when late, given today), and a way into each.</summary>
public static class PlanBoardCard
{
    public static AdaptiveCard Build(IReadOnlyList<PlanBoardEntry> entries, OrganisationProfile organisation, PlanActor viewer, Localizer text, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<CardElement> { PlanCardParts.Title(text["Planning.BoardTitle"]) };
        if (entries.Count == 0)
        {
            body.Add(new TextBlock(text["Planning.BoardEmpty"]));
        }

        foreach (var entry in entries)
        {
            var cycle = entry.Cycle;
            body.Add(PlanCardParts.Heading(PlanNames.Cycle(cycle, text)));
            // Once published the submission due date is history: the line says when it was published instead.
            body.Add(PlanCardParts.Subtle(cycle.State == PlanCycleState.Published && cycle.PublishedAt is { } published
                ? text.Format("Planning.BoardPublishedLine", PlanNames.Of(cycle.State, text), DisplayTime.Moment(published, organisation, text))
                : text.Format("Planning.BoardCycleLine", PlanNames.Of(cycle.State, text), PlanNames.Date(cycle.DueDate, text))));
            body.Add(PlanCardParts.Grid(
                [3, 2, 1],
                [text["Planning.Field.Department"], text["Planning.Field.Status"], text["Planning.Field.Completion"]],
                cycle.DepartmentIds.Select(id => entry.Plans.FirstOrDefault(p => p.DepartmentId == id) ?? new DepartmentPlan(cycle.CycleId, id, DepartmentPlanState.NotStarted))
                    .Select(p => (IReadOnlyList<string>)
                    [
                        PlanNames.Department(organisation, p.DepartmentId, text),
                        PlanNames.State(cycle, p, text, today),
                        cycle.State == PlanCycleState.Published ? text.Format("Planning.Percent", p.CompletionPercent) : "—",
                    ])));
            var actions = new List<CardAction> { ActionData.Execute(text["Planning.CompanyButton"], PlanVerbs.Company, cycle.CycleId, entry.ETag) };
            if (viewer.HeadOfDepartmentId is { } own && cycle.DepartmentIds.Contains(own))
            {
                actions.Insert(0, ActionData.Execute(text["Planning.MyPlanButton"], PlanVerbs.View, PlanVerbs.PlanEntityId(cycle.CycleId, own)));
            }

            body.Add(new ActionSet(actions));
        }

        return new AdaptiveCard(body) { FallbackText = text["Planning.BoardTitle"] };
    }
}
