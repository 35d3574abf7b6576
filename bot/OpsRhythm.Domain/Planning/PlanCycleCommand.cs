namespace OpsRhythm.Domain.Planning;

/// <summary>A command on a cycle, at the time it is made.</summary>
public abstract record PlanCycleCommand(DateTimeOffset At);

/// <summary>Opens a cycle; <see cref="Today"/> is the date in the organisation's time zone, for the due-date check.</summary>
public sealed record OpenCycleCommand(PlanPeriod Period, DateOnly DueDate, IReadOnlyList<string> DepartmentIds, DateOnly Today, DateTimeOffset At) : PlanCycleCommand(At)
{
    public string? Guidelines { get; init; }
}

/// <summary>Starts consolidation; every department plan must be accepted.</summary>
public sealed record ConsolidateCommand(IReadOnlyList<DepartmentPlan> Plans, DateTimeOffset At) : PlanCycleCommand(At);

/// <summary>Sends the company draft to the approvers; the plans must still all be accepted.</summary>
public sealed record RequestApprovalCommand(IReadOnlyList<DepartmentPlan> Plans, DateTimeOffset At) : PlanCycleCommand(At);

public sealed record ApproveCommand(string? Comment, DateTimeOffset At) : PlanCycleCommand(At)
{
    /// <summary>An annual plan's company targets as the approvers adjusted them on the way; empty when they kept them.</summary>
    public IReadOnlyList<PlanTarget> AdjustedTargets { get; init; } = [];
}

public sealed record SendBackCommand(string? Comment, DateTimeOffset At) : PlanCycleCommand(At);

public sealed record PublishCommand(DateTimeOffset At) : PlanCycleCommand(At);

/// <summary>A department asked to adjust the approved plan: the cycle goes through review and approval again.</summary>
public sealed record ReopenForAdjustmentCommand(DateTimeOffset At) : PlanCycleCommand(At);
