namespace OpsRhythm.Domain.Planning;

/// <summary>
/// The overdue notices sent to the owners of one department plan's tasks, beside the plan (pk = cycle,
/// id "task-overdue:{departmentId}") so a notice never makes the head's open card stale. Each entry is
/// "{taskId}@{day}" (the organisation's day): one notice per task and day while the task stays overdue
/// and not done, however often the check runs that day.
/// </summary>
public sealed record TaskOverdueRecord(string CycleId, string DepartmentId)
{
    public const string DocumentIdPrefix = "task-overdue:";

    public static string DocumentIdFor(string departmentId) => DocumentIdPrefix + departmentId;

    public IReadOnlyList<string> Notified { get; init; } = [];

    public static string EntryFor(PlanTask task, DateOnly day) => task?.Id + DaySuffix(day);

    private static string DaySuffix(DateOnly day) => "@" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The plan's tasks past their due date on the organisation's <paramref name="today"/>, not done, whose owner has not been told today.</summary>
    public IReadOnlyList<PlanTask> Due(DepartmentPlan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Content.Tasks.Where(t => t.DueDate < today && t.Status != PlanTaskStatus.Done && !Notified.Contains(EntryFor(t, today), StringComparer.Ordinal))];
    }

    /// <summary>The record once these tasks' owners are told today; earlier days' entries are dropped, so it stays small.</summary>
    public TaskOverdueRecord With(IEnumerable<PlanTask> told, DateOnly today)
    {
        var suffix = DaySuffix(today);
        return this with { Notified = [.. Notified.Where(e => e.EndsWith(suffix, StringComparison.Ordinal)).Concat(told.Select(t => EntryFor(t, today))).Distinct(StringComparer.Ordinal)] };
    }
}
