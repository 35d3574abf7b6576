using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Bot.Planning.Drafting;

/// <summary>plan.submit as a pipeline verb: the plan goes to the ops office, each of whom is notified 1:1 and in the activity feed.</summary>
internal static class PlanSubmission
{
    public static StateChange<DepartmentPlan, DepartmentPlanCommand> Of(CardTurn card, PlanWorkflow workflow, PlanLoad loaded)
    {
        return workflow.PlanChange(card, loaded, plan => new SubmitPlanCommand(Members(card, plan), workflow.Clock.UtcNow)) with
        {
            Messages = made => Submitted(card, loaded.Cycle, made),
            Done = _ => card.Text["Planning.Msg.Submitted"],
        };
    }

    private static HashSet<string> Members(CardTurn card, DepartmentPlan plan) =>
        card.Organisation.MembersOf(plan.DepartmentId).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlyList<OutboxMessage> Submitted(CardTurn card, PlanCycle cycle, ChangeMade<DepartmentPlan> made)
    {
        var (plan, submitted) = (made.Before!, made.After);
        var outbox = new PlanOutbox(made.At, $"{cycle.CycleId}:{plan.DepartmentId}:v{submitted.Revision}:{PlanEvents.Submitted}");
        foreach (var ops in card.Organisation.WithRole(Role.OpsOffice))
        {
            outbox.ToPerson(ops, text => PlanMessageCard.Build(
                text.Format("Planning.Notify.Submitted", PlanNames.Department(card.Organisation, plan.DepartmentId, text), PlanNames.Cycle(cycle, text)),
                [text["Planning.Notify.SubmittedLine"]],
                text["Planning.Notify.OpenPlanButton"],
                PlanVerbs.View,
                PlanVerbs.PlanEntityId(cycle.CycleId, plan.DepartmentId),
                plan.OpenAdjustment?.Explanation), "ops", PlanFeed.ApprovalRequested(card.Organisation, card.Actor.Id, PlanFeed.DepartmentPlan(card.Organisation, plan.DepartmentId, cycle)));
        }

        return outbox.MessagesIn(card.Turn.Languages);
    }
}
