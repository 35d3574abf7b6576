namespace OpsRhythm.Domain.Planning;

/// <summary>
/// The follow-up of one department's submission in a cycle, stored in the cycle's partition beside the
/// plan (not on it, so a reminder never makes the head's open plan card stale): the last day its head
/// was reminded and the last day the ops office was told it is overdue, so each is sent once a day.
/// </summary>
public sealed record SubmissionFollowUp(string CycleId, string DepartmentId)
{
    public DateOnly? RemindedOn { get; init; }

    public DateOnly? EscalatedOn { get; init; }

    public int Reminders { get; init; }

    public int Escalations { get; init; }

    public static string DocumentIdFor(string departmentId) => "submission-followup:" + departmentId;
}
