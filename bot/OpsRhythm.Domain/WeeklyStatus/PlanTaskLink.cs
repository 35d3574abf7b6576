using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>
/// How a monthly plan task and a weekly status row translate. The plan tracks status and progress
/// (not started, in progress, blocked, done); the status also knows "at risk", which the plan holds
/// as in progress.
/// </summary>
public static class PlanTaskLink
{
    /// <summary>The row a plan task is prefilled with: its current progress and status.</summary>
    public static TaskProgress FromPlan(PlanTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var health = task.Status switch
        {
            PlanTaskStatus.Done => TaskHealth.Done,
            PlanTaskStatus.Blocked => TaskHealth.Blocked,
            _ => TaskHealth.OnTrack,
        };
        return new TaskProgress(task.Title, task.Status == PlanTaskStatus.Done ? 100 : task.ProgressPercent, health) { PlanTaskId = task.Id };
    }

    /// <summary>The plan status a reported row stands for.</summary>
    public static PlanTaskStatus ToPlanStatus(TaskProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return progress.Health switch
        {
            TaskHealth.Done => PlanTaskStatus.Done,
            TaskHealth.Blocked => PlanTaskStatus.Blocked,
            _ => progress.Percent == 0 ? PlanTaskStatus.NotStarted : PlanTaskStatus.InProgress,
        };
    }

    /// <summary>Whether the row says something the plan does not hold yet.</summary>
    public static bool Changes(PlanTask task, TaskProgress progress)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(progress);
        var status = ToPlanStatus(progress);
        var percent = status == PlanTaskStatus.Done ? 100 : progress.Percent;
        return task.Status != status || task.ProgressPercent != percent;
    }
}
