namespace OpsRhythm.Domain.Meetings.Minutes;

/// <summary>
/// An action item (行动项) from a meeting: what is to be done, by whom, by when, recorded by
/// the operations office; reminded before the deadline, escalated when overdue, closed with a note. Stored
/// in the meetings container in its occurrence's partition (<see cref="MeetingOccurrenceRef.PartitionKey"/>).
/// </summary>
public sealed record ActionItem(string Id, string MeetingId, DateOnly MeetingDate, string Text, string OwnerPersonId, DateOnly Deadline)
{
    public MeetingKind Kind { get; init; } = MeetingKind.Weekly;

    /// <summary>The department it belongs to: the linked department, else the owner's; who besides the owner and the ops office reads it.</summary>
    public string? DepartmentId { get; init; }

    public ActionItemLink? Link { get; init; }

    public ActionItemState State { get; init; } = ActionItemState.Open;

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? ClosingNote { get; init; }

    public string? ClosedBy { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The day the owner was last reminded, so the daily job reminds once per day at most.</summary>
    public DateOnly? RemindedOn { get; init; }

    /// <summary>Set when escalated to the head and the ops office; escalation happens once per deadline.</summary>
    public DateOnly? EscalatedOn { get; init; }

    public MeetingOccurrenceRef Occurrence => new(MeetingId, MeetingDate, Kind);

    public bool IsOverdue(DateOnly today) => State == ActionItemState.Open && today > Deadline;
}
