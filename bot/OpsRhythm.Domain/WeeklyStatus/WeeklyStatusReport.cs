namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>
/// A department's weekly status for one ISO week (status container, pk = week, id "report:{department}").
/// The head edits it freely until <see cref="Deadline"/>; one submitted after it is flagged late.
/// </summary>
public sealed record WeeklyStatusReport(string Week, string DepartmentId, DateTimeOffset Deadline)
{
    public ReportState State { get; init; } = ReportState.Requested;

    public IReadOnlyList<TaskProgress> Tasks { get; init; } = [];

    public string? Highlights { get; init; }

    public string? Problems { get; init; }

    /// <summary>The department whose help is needed, and what for.</summary>
    public string? HelpFromDepartmentId { get; init; }

    public string? HelpNeeded { get; init; }

    public string? SkipReason { get; init; }

    public string? SubmittedBy { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public bool Late { get; init; }

    public int RemindersSent { get; init; }

    /// <summary>The reminder occurrence last sent, so an occurrence run again (after a take-over) neither reminds nor counts twice.</summary>
    public DateTimeOffset? LastReminderOccurrence { get; init; }

    public static string IdFor(string departmentId) => "report:" + departmentId;

    public bool HasBlocker => Tasks.Any(t => t.Health == TaskHealth.Blocked) || HelpFromDepartmentId is not null;
}
