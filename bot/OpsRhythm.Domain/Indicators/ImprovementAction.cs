namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// A corrective action from an inspection finding or an evaluation: an owner and a deadline,
/// reminded before the deadline, escalated when overdue, closed with a note.
/// </summary>
public sealed record ImprovementAction(string Id, string DepartmentId, string Finding, string OwnerPersonId, DateOnly Deadline)
{
    public string? InspectionId { get; init; }

    /// <summary>The evaluation the action answers ("{indicator}:{period}", R-3.5), when it came from a missed target rather than an inspection.</summary>
    public string? EvaluationOf { get; init; }

    public ImprovementActionState State { get; init; } = ImprovementActionState.Open;

    public string? ClosingNote { get; init; }

    public string? ClosedBy { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The day the owner was last reminded, so the daily job reminds once per day at most.</summary>
    public DateOnly? RemindedOn { get; init; }

    /// <summary>Set when escalated to the head and the ops office; escalation happens once.</summary>
    public DateOnly? EscalatedOn { get; init; }
}
