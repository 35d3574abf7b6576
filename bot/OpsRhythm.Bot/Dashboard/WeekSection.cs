using OpsRhythm.Bot.WeeklyStatus;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.WeeklyStatus;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>The week's status of every department, blockers first; what is blocked and why only for departments shown in detail.</summary>
internal sealed class WeekSection(WeeklyStatusReports reports)
{
    public async Task<WeekView> ReadAsync(string week, IReadOnlyList<string> detail, OrganisationProfile organisation, Localizer text, CancellationToken cancellationToken)
    {
        // The week is the status container's partition: one query for all departments.
        var byDepartment = (await reports.OfWeekAsync(week, cancellationToken)).Select(r => r.Value).ToDictionary(r => r.DepartmentId, StringComparer.Ordinal);
        var rows = new List<WeekRow>();
        foreach (var department in organisation.Departments)
        {
            if (!byDepartment.TryGetValue(department.Id, out var report))
            {
                continue;
            }

            var name = department.Name.For(text.Culture);
            var inDetail = detail.Contains(department.Id, StringComparer.Ordinal);
            var blockers = inDetail ? report.Tasks.Where(t => t.Health == TaskHealth.Blocked).Select(t => t.Title).ToList() : [];
            var help = inDetail && report.HelpFromDepartmentId is { } helper
                ? text.Format("Dashboard.Week.HelpFrom", PlanSection.DepartmentName(organisation, helper, text), report.HelpNeeded ?? string.Empty)
                : null;
            rows.Add(new WeekRow(department.Id, name, report.State.ToString(), text[$"Dashboard.Report.{report.State}"], report.Late,
                report.HasBlocker, blockers, inDetail ? report.Problems : null, help));
        }

        var ordered = rows.OrderByDescending(r => r.HasBlocker).ThenByDescending(r => r.Late).ThenBy(r => r.State == nameof(ReportState.Submitted)).ToList();
        return new WeekView(week, text.Format("Dashboard.Week.Title", week), ordered);
    }
}
