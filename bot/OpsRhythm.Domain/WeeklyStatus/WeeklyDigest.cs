namespace OpsRhythm.Domain.WeeklyStatus;

/// <summary>
/// What the weekly meeting reads first: blockers and help requests, departments that did not report,
/// task counts by health, problems that were already raised last week, and the agenda that follows.
/// </summary>
public sealed record WeeklyDigest(string Week)
{
    public IReadOnlyList<WeeklyStatusReport> Blockers { get; init; } = [];

    public IReadOnlyList<string> MissingDepartmentIds { get; init; } = [];

    public IReadOnlyList<WeeklyStatusReport> Skipped { get; init; } = [];

    public IReadOnlyDictionary<TaskHealth, int> CountsByHealth { get; init; } = new Dictionary<TaskHealth, int>();

    /// <summary>Departments reporting problems (or blocked tasks) this week and last.</summary>
    public IReadOnlyList<string> RecurringProblemDepartmentIds { get; init; } = [];

    public IReadOnlyList<string> LateDepartmentIds { get; init; } = [];

    public IReadOnlyList<WeeklyStatusReport> Submitted { get; init; } = [];

    public static WeeklyDigest Build(string week, IReadOnlyList<string> departmentIds, IReadOnlyList<WeeklyStatusReport> reports, IReadOnlyList<WeeklyStatusReport> lastWeek)
    {
        ArgumentNullException.ThrowIfNull(departmentIds);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(lastWeek);
        var submitted = reports.Where(r => r.State == ReportState.Submitted).OrderBy(r => departmentIds.ToList().IndexOf(r.DepartmentId)).ToList();
        var answered = reports.Where(r => r.State != ReportState.Requested).Select(r => r.DepartmentId).ToHashSet(StringComparer.Ordinal);
        static bool Troubled(WeeklyStatusReport r) => r.State == ReportState.Submitted && (r.Problems is not null || r.Tasks.Any(t => t.Health == TaskHealth.Blocked));
        var troubledLastWeek = lastWeek.Where(Troubled).Select(r => r.DepartmentId).ToHashSet(StringComparer.Ordinal);
        return new WeeklyDigest(week)
        {
            Blockers = submitted.Where(r => r.HasBlocker).ToList(),
            MissingDepartmentIds = departmentIds.Where(d => !answered.Contains(d)).ToList(),
            Skipped = reports.Where(r => r.State == ReportState.Skipped).ToList(),
            CountsByHealth = Enum.GetValues<TaskHealth>().ToDictionary(h => h, h => submitted.Sum(r => r.Tasks.Count(t => t.Health == h))),
            RecurringProblemDepartmentIds = submitted.Where(Troubled).Select(r => r.DepartmentId).Where(troubledLastWeek.Contains).ToList(),
            LateDepartmentIds = submitted.Where(r => r.Late).Select(r => r.DepartmentId).ToList(),
            Submitted = submitted,
        };
    }
}
