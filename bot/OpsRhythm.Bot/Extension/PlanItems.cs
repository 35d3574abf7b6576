using OpsRhythm.Bot.Planning;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Extension;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Bot.Extension;

/// <summary>
/// Department plans and their tasks in the current monthly, quarterly and annual cycles: per cycle a point read
/// and one query of its partition. Everyone sees each plan's state and completion (the company summary); a task
/// only whoever sees its department in detail, and its owner.
/// </summary>
internal sealed class PlanItems(PlanDocuments documents) : ISharedItemSource
{
    private static readonly PlanKind[] Kinds = [PlanKind.Monthly, PlanKind.Quarterly, PlanKind.Annual];

    public string Kind => SharedItemKinds.Plan;

    public async Task<IReadOnlyList<SharedItemView>> SearchAsync(SharedItemQuery query, CancellationToken cancellationToken)
    {
        var found = new List<SharedItemView>();
        foreach (var kind in Kinds)
        {
            if (await documents.CurrentAsync(kind, query.Today, cancellationToken) is not { } cycle)
            {
                continue;
            }

            foreach (var plan in await documents.PlansAsync(cycle.Value.CycleId, cancellationToken))
            {
                var p = plan.Value;
                var planView = Plan(query, cycle.Value, p);
                if (query.Matches(planView.Title, p.DepartmentId))
                {
                    found.Add(planView);
                }

                found.AddRange(p.Content.Tasks
                    .Where(t => query.MaySee(p.DepartmentId, t.OwnerPersonId) && query.Matches(t.Title, p.DepartmentId))
                    .Select(t => Task(query, cycle.Value, p, t)));
            }
        }

        return found;
    }

    public async Task<SharedItemView?> ReadAsync(SharedItemQuery viewer, IReadOnlyDictionary<string, string> data, CancellationToken cancellationToken)
    {
        var cycleId = data.GetValueOrDefault(SharedItemFields.Partition);
        var departmentId = data.GetValueOrDefault(SharedItemFields.Department);
        if (cycleId is null || departmentId is null
            || await documents.CycleAsync(cycleId, cancellationToken) is not { } cycle
            || await documents.PlanAsync(cycleId, departmentId, cancellationToken) is not { } plan)
        {
            return null;
        }

        if (data.GetValueOrDefault(SharedItemFields.Kind) == SharedItemKinds.Plan)
        {
            return Plan(viewer, cycle.Value, plan.Value);
        }

        var taskId = data.GetValueOrDefault(ActionData.EntityIdKey);
        if (plan.Value.Content.Tasks.FirstOrDefault(t => t.Id == taskId) is not { } task)
        {
            return null;
        }

        return viewer.MaySee(departmentId, task.OwnerPersonId)
            ? Task(viewer, cycle.Value, plan.Value, task)
            : SharedItemViews.Restricted(SharedItemKinds.Task, viewer, TaskRef(cycle.Value, plan.Value, task), departmentId);
    }

    private static SharedItemView Plan(SharedItemQuery query, PlanCycle cycle, DepartmentPlan plan)
    {
        var text = query.Text;
        var state = PlanNames.State(cycle, plan, text, query.Today);
        var completion = text.Format("Extension.Plan.Completion", plan.CompletionPercent);
        var tasks = plan.Content.Tasks;
        return new SharedItemView(SharedItemKinds.Plan, $"{query.DepartmentName(plan.DepartmentId)} · {PlanNames.Cycle(cycle, text)}", PlanRef(cycle, plan))
        {
            Summary = $"{state} · {completion}",
            Facts =
            [
                new Fact(text["Extension.Fact.State"], state),
                new Fact(text["Extension.Fact.Completion"], completion),
                new Fact(text["Extension.Fact.Tasks"], text.Format("Extension.Plan.Tasks", tasks.Count, tasks.Count(t => t.Status == PlanTaskStatus.Done), tasks.Count(t => t.Status == PlanTaskStatus.Blocked))),
                new Fact(text["Extension.Fact.DueDate"], PlanNames.Date(cycle.DueDate, text)),
            ],
        };
    }

    private static SharedItemView Task(SharedItemQuery query, PlanCycle cycle, DepartmentPlan plan, PlanTask task)
    {
        var text = query.Text;
        var status = text[$"Planning.PlanTaskStatus.{task.Status}"];
        var progress = task.Status == PlanTaskStatus.Done ? 100 : task.ProgressPercent;
        return new SharedItemView(SharedItemKinds.Task, task.Title, TaskRef(cycle, plan, task))
        {
            Summary = $"{query.DepartmentName(plan.DepartmentId)} · {status} · {PlanNames.Date(task.DueDate, text)}",
            Rank = task.Status == PlanTaskStatus.Blocked ? 0 : task.Status == PlanTaskStatus.Done ? 2 : 1,
            Facts =
            [
                new Fact(text["Extension.Fact.Department"], query.DepartmentName(plan.DepartmentId)),
                new Fact(text["Extension.Fact.Plan"], PlanNames.Cycle(cycle, text)),
                new Fact(text["Extension.Fact.Owner"], query.PersonName(task.OwnerPersonId)),
                new Fact(text["Extension.Fact.DueDate"], PlanNames.Date(task.DueDate, text)),
                new Fact(text["Extension.Fact.State"], status),
                new Fact(text["Extension.Fact.Completion"], text.Format("Extension.Plan.Completion", progress)),
            ],
        };
    }

    private static Dictionary<string, string> PlanRef(PlanCycle cycle, DepartmentPlan plan) => new(StringComparer.Ordinal)
    {
        [SharedItemFields.Kind] = SharedItemKinds.Plan,
        [SharedItemFields.Partition] = cycle.CycleId,
        [SharedItemFields.Department] = plan.DepartmentId,
    };

    private static Dictionary<string, string> TaskRef(PlanCycle cycle, DepartmentPlan plan, PlanTask task) => new(PlanRef(cycle, plan), StringComparer.Ordinal)
    {
        [SharedItemFields.Kind] = SharedItemKinds.Task,
        [ActionData.EntityIdKey] = task.Id,
    };
}
