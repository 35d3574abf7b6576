namespace OpsRhythm.Domain.Planning;

/// <summary>A command on a department plan, at the time it is made.</summary>
public abstract record DepartmentPlanCommand(DateTimeOffset At);

/// <summary>Saves the content as a draft; <see cref="MemberIds"/> are the department's people, who may own tasks.</summary>
public sealed record SaveDraftCommand(PlanContent Content, IReadOnlySet<string> MemberIds, DateTimeOffset At) : DepartmentPlanCommand(At);

public sealed record SubmitPlanCommand(IReadOnlySet<string> MemberIds, DateTimeOffset At) : DepartmentPlanCommand(At);

public sealed record ReturnPlanCommand(string? Comment, DateTimeOffset At) : DepartmentPlanCommand(At);

public sealed record AcceptPlanCommand(DateTimeOffset At) : DepartmentPlanCommand(At);

public sealed record RequestAdjustmentCommand(AdjustmentReason Reason, string? Explanation, DateTimeOffset At) : DepartmentPlanCommand(At);

public sealed record UpdateTaskCommand(string TaskId, PlanTaskStatus Status, int ProgressPercent, DateTimeOffset At) : DepartmentPlanCommand(At)
{
    /// <summary>What the reporter says about the progress; null keeps nothing.</summary>
    public string? Note { get; init; }
}
