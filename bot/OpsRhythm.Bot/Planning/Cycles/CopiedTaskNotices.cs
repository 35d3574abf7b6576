using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Bot.Planning.Cycles;

/// <summary>
/// A monthly plan that starts from its quarter's tasks gives those tasks to their owners (责任人) as much as a saved
/// plan does, so each owner gets the "task assigned to you" notice (<see cref="Tracking.TaskAssignmentNotices"/>)
/// in the opening's batch: one message per owner and department, listing their tasks. The person who opens the
/// cycle is not told of their own tasks, as a head saving a task for themself is not.
/// </summary>
internal static class CopiedTaskNotices
{
    public static void AddTo(PlanOutbox outbox, OrganisationProfile organisation, PlanCycle cycle, CycleStart start, string openedBy)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(start);
        foreach (var departmentId in cycle.DepartmentIds)
        {
            foreach (var owned in start.CopiedTasks(cycle, departmentId).GroupBy(t => t.OwnerPersonId, StringComparer.Ordinal))
            {
                if (owned.Key == openedBy || organisation.FindPerson(owned.Key) is not { } owner)
                {
                    continue;
                }

                var tasks = owned.ToList();
                outbox.ToPerson(owner, text => PlanMessageCard.Build(
                    tasks.Count == 1 ? text.Format("Planning.Notify.TaskAssigned", tasks[0].Title) : text.Format("Planning.Notify.TasksAssigned", tasks.Count),
                    [
                        text.Format("Planning.Notify.TasksCopiedLine", PlanNames.Department(organisation, departmentId, text), PlanNames.Cycle(cycle, text)),
                        .. tasks.Select(t => text.Format("Planning.Notify.CopiedTaskLine", t.Title, PlanNames.Date(t.DueDate, text))),
                    ],
                    entityId: PlanVerbs.PlanEntityId(cycle.CycleId, departmentId)), $"assigned:{departmentId}");
            }
        }
    }
}
