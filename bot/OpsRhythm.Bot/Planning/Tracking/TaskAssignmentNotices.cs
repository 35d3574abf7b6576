using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Bot.Planning.Tracking;

/// <summary>
/// Each person a saved plan gives a task to (a new task, or another owner) is told in their chat, in their
/// language, in the same batch as the plan: no notice without the assignment, no assignment without the notice.
/// </summary>
internal static class TaskAssignmentNotices
{
    public static IReadOnlyList<OutboxMessage> For(CardTurn card, PlanCycle cycle, ChangeMade<DepartmentPlan> made)
    {
        var plan = made.After;
        var assigned = TaskAssignments.NewlyAssigned(made.Before!.Content, plan.Content, card.Actor.Id);
        if (assigned.Count == 0)
        {
            return [];
        }

        // One change, one key: the instant of the change (a retried click is stale and never gets here twice).
        var outbox = new PlanOutbox(made.At, $"{cycle.CycleId}:{plan.DepartmentId}:assigned:{made.At.UtcTicks}");
        var entityId = PlanVerbs.PlanEntityId(cycle.CycleId, plan.DepartmentId);
        var published = cycle.State == PlanCycleState.Published;
        foreach (var task in assigned)
        {
            if (card.Organisation.FindPerson(task.OwnerPersonId) is not { } owner)
            {
                continue;
            }

            outbox.ToPerson(owner, text => PlanMessageCard.Build(
                text.Format("Planning.Notify.TaskAssigned", task.Title),
                [text.Format("Planning.Notify.TaskAssignedLine", PlanNames.Department(card.Organisation, plan.DepartmentId, text), PlanNames.Cycle(cycle, text), PlanNames.Date(task.DueDate, text), PlanNames.Person(card.Organisation, card.Actor.Id, text))],
                published ? text["Planning.Notify.MyTasksButton"] : null,
                published ? PlanVerbs.Tasks : null,
                entityId), $"task:{task.Id}");
        }

        return outbox.MessagesIn(card.Turn.Languages);
    }
}
