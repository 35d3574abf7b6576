using OpsRhythm.Domain.Planning;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Planning.Cycles;

/// <summary>
/// What opening a period's cycle starts from: the cycle already there, if any (the Domain refuses a second),
/// and, for a month, its quarter's published plans, whose tasks due in that month start the month's plans.
/// </summary>
internal sealed record CycleStart(StoredDocument<PlanCycle>? Existing, IReadOnlyList<DepartmentPlan> Quarter)
{
    /// <summary>A plan per department of the opened cycle, created in the same batch: a draft with the quarter's open tasks of the month, else not started.</summary>
    public IReadOnlyList<BatchOperation> Plans(PlanCycle cycle) =>
    [
        .. cycle.DepartmentIds.Select(id =>
        {
            var tasks = CopiedTasks(cycle, id);
            var plan = tasks.Count == 0
                ? new DepartmentPlan(cycle.CycleId, id, DepartmentPlanState.NotStarted)
                : new DepartmentPlan(cycle.CycleId, id, DepartmentPlanState.Draft) { Content = PlanContent.Empty with { Tasks = tasks } };
            return BatchOperation.Create(plan.DocumentId, plan);
        }),
    ];

    /// <summary>The quarter's tasks a department's new monthly plan starts with: open, due in the month, progress reset.</summary>
    public IReadOnlyList<PlanTask> CopiedTasks(PlanCycle cycle, string departmentId)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return Quarter.FirstOrDefault(p => p.DepartmentId == departmentId)?.Content.Tasks
            .Where(t => cycle.Period.Contains(t.DueDate) && t.Status != PlanTaskStatus.Done)
            .Select(t => t with { Status = PlanTaskStatus.NotStarted, ProgressPercent = 0 })
            .ToList() ?? [];
    }
}
