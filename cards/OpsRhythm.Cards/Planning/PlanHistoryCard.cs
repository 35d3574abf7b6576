using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Cards.Planning;

/// <summary>A plan's kept versions and adjustments, with what changed since the approved version or the previous submission.</summary>
public static class PlanHistoryCard
{
    public const int MaxEntries = 25;

    public static AdaptiveCard Build(PlanCycle cycle, DepartmentPlan plan, string etag, OrganisationProfile organisation, Localizer text)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<CardElement>
        {
            PlanCardParts.Title(text.Format("Planning.HistoryTitle", PlanNames.Department(organisation, plan.DepartmentId, text), PlanNames.Cycle(cycle, text))),
        };
        if (plan.History.Count == 0)
        {
            body.Add(PlanCardParts.Subtle(text["Planning.HistoryEmpty"]));
        }
        else
        {
            body.Add(PlanCardParts.Grid(
                [1, 2, 2, 2, 3],
                [text["Planning.Field.Revision"], text["Planning.Field.Action"], text["Planning.Field.By"], text["Planning.Field.At"], text["Planning.Field.Comment"]],
                plan.History.TakeLast(MaxEntries).Reverse().Select(r => (IReadOnlyList<string>)
                [
                    r.Number.ToString(text.Culture),
                    text[$"Planning.Event.{r.Action}"],
                    PlanNames.Person(organisation, r.ActorPersonId, text) + (r.OnBehalfOf is { } principal ? text.Format("StandIn.ActedFor", PlanNames.Person(organisation, principal, text)) : string.Empty),
                    DisplayTime.Moment(r.At, organisation, text),
                    r.Comment ?? string.Empty,
                ])));
        }

        if (plan.Adjustments.Count > 0)
        {
            body.Add(PlanCardParts.Heading(text["Planning.Adjustments"]));
            body.AddRange(plan.Adjustments.Select(a => new TextBlock(text.Format(
                "Planning.AdjustmentLine", a.Round, PlanNames.Of(a.Reason, text), a.Explanation, PlanNames.Person(organisation, a.RequestedBy, text), a.FromRevision))));
        }

        if (Baseline(plan) is { } baseline)
        {
            body.AddRange(PlanCardParts.Changes(PlanDiff.Between(baseline.Content, plan.Content, PlanCardParts.DiffNames(organisation, text)), text, baseline.HeadingKey));
        }

        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["Planning.BackButton"], PlanVerbs.View, PlanVerbs.PlanEntityId(cycle.CycleId, plan.DepartmentId), etag)],
        };
    }

    /// <summary>
    /// The last approved version when there is one (a returned revision was never approved, so it is never
    /// called so); before any approval, the submission before the last one, under its own heading.
    /// </summary>
    private static (PlanContent Content, string HeadingKey)? Baseline(DepartmentPlan plan)
    {
        if (plan.ApprovedContent is { } approved)
        {
            return (approved, "Planning.Changes");
        }

        var submissions = plan.History.Where(r => r.Action == PlanEvents.Submitted).ToList();
        return submissions.Count >= 2 ? (submissions[^2].Content, "Planning.ChangesSinceSubmission") : null;
    }
}
