namespace OpsRhythm.Domain.Planning;

/// <summary>A work task (工作任务) with its responsible person (责任人) from the department and a due date inside the period.</summary>
public sealed record PlanTask(string Id, string Title, string OwnerPersonId, DateOnly DueDate)
{
    /// <summary>A time node (时间节点) of the plan: shown first on boards.</summary>
    public bool IsMilestone { get; init; }

    public PlanTaskStatus Status { get; init; } = PlanTaskStatus.NotStarted;

    public int ProgressPercent { get; init; }

    /// <summary>Who last reported progress (the owner or the head), when, and what they said: the weekly status shows it.</summary>
    public string? ProgressBy { get; init; }

    public DateTimeOffset? ProgressAt { get; init; }

    public string? ProgressNote { get; init; }
}
