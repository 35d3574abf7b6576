namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>
/// One point for the weekly meeting, taken from the digest: a blocked task, a help request (with the
/// department asked), an overdue plan task (with its due date) or a problem raised two weeks running.
/// </summary>
public sealed record AgendaItem(AgendaItemKind Kind, string DepartmentId, string Subject)
{
    public string? OtherDepartmentId { get; init; }

    public DateOnly? DueDate { get; init; }
}
