using System.Globalization;
using OpsRhythm.Cards.Localization;

namespace OpsRhythm.Bot.Dashboard.Export;

/// <summary>
/// The dashboard's tables as an export (one sheet each: plan status, tasks, the week's status, indicator
/// trends, open risks, alerts, resources, meetings, open action items), the same rows the page and the CSV show, in the reader's language.
/// Times are the organisation's (the view's texts from <see cref="DashboardTimes"/>).
/// </summary>
internal static class DashboardExport
{
    public static ExportDocument Of(DashboardView view, Localizer text, TimeZoneInfo zone)
    {
        string Col(string key) => text[$"Dashboard.Col.{key}"];
        string Section(string key) => text[$"Dashboard.Section.{key}"];
        static IReadOnlyList<ExportCell> Row(params ExportCell[] cells) => cells;
        var department = view.Department is null ? text["Dashboard.Filter.AllDepartments"] : view.Departments.FirstOrDefault(d => d.Value == view.Department)?.Label ?? view.Department;
        var facts = new List<(string, string)>
        {
            (text["Dashboard.Filter.Period"], view.Period),
            (text["Dashboard.Filter.Department"], department),
            (text["Dashboard.SignedInAs"].Replace("{0}", string.Empty, StringComparison.Ordinal).Trim(' ', ':', '：'), view.Viewer.Name),
        };
        ExportTable[] tables =
        [
            new(Section("Plans"), [Col("Department"), Col("State"), Col("Completion"), Col("Tasks"), Col("Detail")],
                [.. view.Plans.Departments.Select(p => Row(ExportCell.Of(p.Department), ExportCell.Of(p.StateLabel), ExportCell.Of(p.Completion), ExportCell.Of(p.Tasks), ExportCell.Of($"{p.Done}/{p.Tasks}")))]),
            new(Section("Tasks"), [Col("Department"), Col("Task"), Col("Owner"), Col("Due"), Col("State"), Col("Progress")],
                [.. view.Tasks.Select(t => Row(ExportCell.Of(t.Department), ExportCell.Of(t.Title), ExportCell.Of(t.Owner), ExportCell.Of(t.DueText ?? t.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ExportCell.Of(t.StatusLabel), ExportCell.Of(t.Progress)))]),
            new(Section("Week"), [Col("Department"), Col("State"), Col("Detail")],
                [.. view.Week.Departments.Select(w => Row(
                    ExportCell.Of(w.Department),
                    ExportCell.Of(w.Late ? $"{w.StateLabel} ({text["Dashboard.Week.Late"]})" : w.StateLabel),
                    ExportCell.Of(string.Join("; ", w.Blockers.Append(w.Problems).Append(w.HelpNeeded).OfType<string>().Where(s => s.Length > 0)))))]),
            new(Section("Indicators"), [Col("Department"), Col("Indicator"), Col("Period"), Col("Actual"), Col("Target"), Col("LastYear")],
                [.. view.Indicators.SelectMany(i => i.Points.Where(p => p.Actual is not null || p.Target is not null).Select(p => Row(
                    ExportCell.Of(i.Department), ExportCell.Of($"{i.Name} ({i.Unit})"), ExportCell.Of(p.Period), ExportCell.Of(p.Actual), ExportCell.Of(p.Target), ExportCell.Of(p.LastYear))))]),
            new(Section("Risks"), [Col("Department"), Col("Risk"), Col("Level"), Col("Score"), Col("Owner")],
                [.. view.Risks.Open.Select(r => Row(ExportCell.Of(r.Department), ExportCell.Of(r.Description), ExportCell.Of(r.LevelLabel), ExportCell.Of(r.Score), ExportCell.Of(r.Owner)))]),
            new(Section("Alerts"), [Col("Department"), Col("Indicator"), Col("Period"), Col("Level"), Col("Value"), Col("Threshold"), Col("Raised")],
                [.. view.Risks.Alerts.Select(a => Row(
                    ExportCell.Of(a.Department), ExportCell.Of(a.Indicator), ExportCell.Of(a.Period), ExportCell.Of(a.Level), ExportCell.Of(a.Value), ExportCell.Of(a.Threshold),
                    ExportCell.Of(a.RaisedAtText ?? TimeZoneInfo.ConvertTime(a.RaisedAt, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))))]),
            new(Section("Resources"), [Col("Department"), Col("Period"), Col("PlannedBudget"), Col("ActualBudget"), Col("PlannedHeadcount"), Col("ActualHeadcount"), Col("State")],
                [.. view.Resources.Select(r => Row(
                    ExportCell.Of(r.Department), ExportCell.Of(r.Period), ExportCell.Of((double?)r.PlannedBudget), ExportCell.Of((double?)r.ActualBudget),
                    ExportCell.Of(r.PlannedHeadcount), ExportCell.Of(r.ActualHeadcount), ExportCell.Of(Over(r, text))))]),
            new(Section("Meetings"), [Col("Meeting"), Col("Start"), Col("Join")],
                [.. view.Meetings.Select(m => Row(
                    ExportCell.Of(m.Subject), ExportCell.Of(m.WhenText ?? TimeZoneInfo.ConvertTime(m.Start, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)), ExportCell.Of(m.JoinUrl ?? string.Empty)))]),
            new(Section("ActionItems"), [Col("Department"), Col("ActionItem"), Col("Owner"), Col("Due"), Col("State"), Col("Meeting")],
                [.. view.ActionItems.Items.Select(i => Row(
                    ExportCell.Of(i.Department), ExportCell.Of(i.Text), ExportCell.Of(i.Owner), ExportCell.Of(i.DeadlineText ?? i.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    ExportCell.Of(text[i.Overdue ? "Dashboard.ActionItems.Overdue" : "Minutes.ItemState.Open"]),
                    ExportCell.Of($"{i.Meeting} {i.MeetingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}")))]),
        ];
        return new ExportDocument($"{text["Dashboard.Title"]} · {view.Period}", facts, tables)
        {
            FileName = $"opsrhythm-{view.Period}{(view.Department is null ? string.Empty : "-" + view.Department)}",
        };
    }

    /// <summary>"超出计划：预算、人员编制" / empty: which of the month's figures are over the plan.</summary>
    private static string Over(ResourceRow row, Localizer text)
    {
        var over = new[] { row.OverBudget ? text["Dashboard.Resources.Budget"] : null, row.OverHeadcount ? text["Dashboard.Resources.Headcount"] : null }.OfType<string>().ToList();
        return over.Count == 0 ? string.Empty : $"{text["Dashboard.Resources.Over"]}: {string.Join(", ", over)}";
    }
}
