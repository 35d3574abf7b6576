using System.Globalization;
using System.Text;
using OpsRhythm.Cards.Localization;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// The page as CSV, one row per line of every section, for Excel: UTF-8 with a byte order mark (without
/// it Excel reads Chinese as the ANSI code page), CRLF line ends, every field quoted.
/// </summary>
internal static class DashboardCsv
{
    public static byte[] Write(DashboardView view, Localizer text, TimeZoneInfo? zone = null)
    {
        var rows = new List<CsvCell[]>
        {
            Header(text, "Section", "Department", "Item", "Period", "State", "Value", "Target", "LastYear", "Detail"),
        };
        var t = (string key) => CsvCell.Text(text[$"Dashboard.Section.{key}"]);
        foreach (var p in view.Plans.Departments)
        {
            rows.Add([t("Plans"), CsvCell.Text(p.Department), CsvCell.Text(view.Plans.CycleId), CsvCell.Text(view.Period), CsvCell.Text(p.StateLabel),
                CsvCell.Number(p.Completion), CsvCell.Text(null), CsvCell.Text(null), CsvCell.Text($"{p.Done}/{p.Tasks}")]);
        }

        foreach (var task in view.Tasks)
        {
            rows.Add([t("Tasks"), CsvCell.Text(task.Department), CsvCell.Text(task.Title), CsvCell.Text(task.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                CsvCell.Text(task.StatusLabel), CsvCell.Number(task.Progress), CsvCell.Text(null), CsvCell.Text(null), CsvCell.Text(task.Owner)]);
        }

        foreach (var w in view.Week.Departments)
        {
            var detail = string.Join("; ", w.Blockers.Append(w.Problems).Append(w.HelpNeeded).OfType<string>().Where(s => s.Length > 0));
            rows.Add([t("Week"), CsvCell.Text(w.Department), CsvCell.Text(view.Week.Title), CsvCell.Text(view.Week.Week),
                CsvCell.Text(w.Late ? $"{w.StateLabel} ({text["Dashboard.Week.Late"]})" : w.StateLabel), CsvCell.Text(null), CsvCell.Text(null), CsvCell.Text(null), CsvCell.Text(detail)]);
        }

        foreach (var trend in view.Indicators)
        {
            foreach (var point in trend.Points.Where(p => p.Actual is not null || p.Target is not null))
            {
                rows.Add([t("Indicators"), CsvCell.Text(trend.Department), CsvCell.Text($"{trend.Name} ({trend.Unit})"), CsvCell.Text(point.Period), CsvCell.Text(null),
                    CsvCell.Number(point.Actual), CsvCell.Number(point.Target), CsvCell.Number(point.LastYear), CsvCell.Text(null)]);
            }
        }

        foreach (var risk in view.Risks.Open)
        {
            rows.Add([t("Risks"), CsvCell.Text(risk.Department), CsvCell.Text(risk.Description), CsvCell.Text(null), CsvCell.Text(risk.LevelLabel),
                CsvCell.Number(risk.Score), CsvCell.Text(null), CsvCell.Text(null), CsvCell.Text(risk.Owner)]);
        }

        foreach (var alert in view.Risks.Alerts)
        {
            rows.Add([t("Alerts"), CsvCell.Text(alert.Department), CsvCell.Text(alert.Indicator), CsvCell.Text(alert.Period), CsvCell.Text(alert.Level),
                CsvCell.Number(alert.Value), CsvCell.Number(alert.Threshold), CsvCell.Text(null), CsvCell.Text(Local(alert.RaisedAt, zone))]);
        }

        foreach (var r in view.Resources)
        {
            var over = text["Dashboard.Resources.Over"];
            rows.Add([t("Resources"), CsvCell.Text(r.Department), CsvCell.Text(text["Dashboard.Resources.Budget"]), CsvCell.Text(r.Period), CsvCell.Text(r.OverBudget ? over : null),
                CsvCell.Number((double?)r.ActualBudget), CsvCell.Number((double?)r.PlannedBudget), CsvCell.Text(null), CsvCell.Text(null)]);
            rows.Add([t("Resources"), CsvCell.Text(r.Department), CsvCell.Text(text["Dashboard.Resources.Headcount"]), CsvCell.Text(r.Period), CsvCell.Text(r.OverHeadcount ? over : null),
                CsvCell.Number(r.ActualHeadcount), CsvCell.Number(r.PlannedHeadcount), CsvCell.Text(null), CsvCell.Text(null)]);
        }

        foreach (var meeting in view.Meetings)
        {
            rows.Add([t("Meetings"), CsvCell.Text(null), CsvCell.Text(meeting.Subject), CsvCell.Text(Local(meeting.Start, zone)),
                CsvCell.Text(null), CsvCell.Text(null), CsvCell.Text(null), CsvCell.Text(null), CsvCell.Text(meeting.JoinUrl)]);
        }

        foreach (var item in view.ActionItems.Items)
        {
            rows.Add([t("ActionItems"), CsvCell.Text(item.Department), CsvCell.Text(item.Text), CsvCell.Text(item.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                CsvCell.Text(text[item.Overdue ? "Dashboard.ActionItems.Overdue" : "Minutes.ItemState.Open"]), CsvCell.Text(null), CsvCell.Text(null), CsvCell.Text(null),
                CsvCell.Text($"{item.Owner}; {item.Meeting} {item.MeetingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}")]);
        }

        var body = new StringBuilder();
        foreach (var row in rows)
        {
            body.Append(string.Join(',', row.Select(c => c.Quoted))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(body.ToString())];
    }

    private static CsvCell[] Header(Localizer text, params string[] columns) =>
        [.. columns.Select(c => CsvCell.Text(text[$"Dashboard.Col.{c}"]))];

    /// <summary>A sortable time on the organisation's clock (the CSV is read in a spreadsheet, next to the dashboard).</summary>
    private static string Local(DateTimeOffset instant, TimeZoneInfo? zone) =>
        TimeZoneInfo.ConvertTime(instant, zone ?? OpsRhythm.Domain.Time.OrganisationZones.Find(null)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
