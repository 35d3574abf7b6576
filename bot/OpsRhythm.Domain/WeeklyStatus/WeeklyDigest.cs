using OpsRhythm.Domain.Planning;

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

    /// <summary>Tasks of the departments' monthly plans due before today and not done, earliest first.</summary>
    public IReadOnlyList<OverdueTask> Overdue { get; init; } = [];

    /// <summary>What the meeting discusses, in order: blockers, help requests, overdue tasks, recurring problems.</summary>
    public IReadOnlyList<AgendaItem> Agenda { get; init; } = [];

    /// <summary>How last week's weekly meeting's action items stand; null when it recorded none.</summary>
    public Meetings.Minutes.ActionItemTally? LastWeekActions { get; init; }

    /// <summary>
    /// The digest of <paramref name="week"/> for <paramref name="departmentIds"/> (in the order shown), from
    /// this week's and last week's reports, the departments' current monthly <paramref name="plans"/> (none
    /// without a published monthly plan) and the organisation's <paramref name="today"/> for overdue tasks.
    /// </summary>
    public static WeeklyDigest Build(
        string week,
        IReadOnlyList<string> departmentIds,
        IReadOnlyList<WeeklyStatusReport> reports,
        IReadOnlyList<WeeklyStatusReport> lastWeek,
        IReadOnlyList<DepartmentPlan> plans,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(departmentIds);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(lastWeek);
        ArgumentNullException.ThrowIfNull(plans);
        var submitted = reports.Where(r => r.State == ReportState.Submitted).OrderBy(r => departmentIds.ToList().IndexOf(r.DepartmentId)).ToList();
        var answered = reports.Where(r => r.State != ReportState.Requested).Select(r => r.DepartmentId).ToHashSet(StringComparer.Ordinal);
        static bool Troubled(WeeklyStatusReport r) => r.State == ReportState.Submitted && (r.Problems is not null || r.Tasks.Any(t => t.Health == TaskHealth.Blocked));
        var troubledLastWeek = lastWeek.Where(Troubled).Select(r => r.DepartmentId).ToHashSet(StringComparer.Ordinal);
        var blockers = submitted.Where(r => r.HasBlocker).ToList();
        var recurring = submitted.Where(Troubled).Where(r => troubledLastWeek.Contains(r.DepartmentId)).ToList();
        var overdue = plans
            .Where(p => departmentIds.Contains(p.DepartmentId))
            .SelectMany(p => p.Content.Tasks
                .Where(t => t.DueDate < today && t.Status != PlanTaskStatus.Done)
                .Select(t => new OverdueTask(p.DepartmentId, t.Id, t.Title, t.OwnerPersonId, t.DueDate, t.ProgressPercent)))
            .OrderBy(t => t.DueDate)
            .ThenBy(t => t.DepartmentId, StringComparer.Ordinal)
            .ToList();
        return new WeeklyDigest(week)
        {
            Blockers = blockers,
            MissingDepartmentIds = departmentIds.Where(d => !answered.Contains(d)).ToList(),
            Skipped = reports.Where(r => r.State == ReportState.Skipped).ToList(),
            CountsByHealth = Enum.GetValues<TaskHealth>().ToDictionary(h => h, h => submitted.Sum(r => r.Tasks.Count(t => t.Health == h))),
            RecurringProblemDepartmentIds = recurring.Select(r => r.DepartmentId).ToList(),
            LateDepartmentIds = submitted.Where(r => r.Late).Select(r => r.DepartmentId).ToList(),
            Submitted = submitted,
            Overdue = overdue,
            Agenda = AgendaOf(blockers, overdue, recurring),
        };
    }

    private static List<AgendaItem> AgendaOf(List<WeeklyStatusReport> blockers, List<OverdueTask> overdue, List<WeeklyStatusReport> recurring)
    {
        var agenda = blockers
            .SelectMany(r => r.Tasks.Where(t => t.Health == TaskHealth.Blocked).Select(t => new AgendaItem(AgendaItemKind.Blocker, r.DepartmentId, t.Title)))
            .ToList();
        agenda.AddRange(blockers
            .Where(r => r.HelpFromDepartmentId is not null)
            .Select(r => new AgendaItem(AgendaItemKind.HelpRequest, r.DepartmentId, r.HelpNeeded ?? string.Empty) { OtherDepartmentId = r.HelpFromDepartmentId }));

        // A blocked task that is also overdue is discussed once, as a blocker.
        var blocked = agenda.Where(a => a.Kind == AgendaItemKind.Blocker).Select(a => (a.DepartmentId, a.Subject)).ToHashSet();
        agenda.AddRange(overdue
            .Where(t => !blocked.Contains((t.DepartmentId, t.Title)))
            .Select(t => new AgendaItem(AgendaItemKind.Overdue, t.DepartmentId, t.Title) { DueDate = t.DueDate }));
        agenda.AddRange(recurring
            .Select(r => new AgendaItem(AgendaItemKind.RecurringProblem, r.DepartmentId, r.Problems ?? string.Join(", ", r.Tasks.Where(t => t.Health == TaskHealth.Blocked).Select(t => t.Title)))));
        return agenda;
    }
}
