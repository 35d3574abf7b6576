using System.Globalization;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Cards.WeeklyStatus;

/// <summary>
/// The head's weekly status form: first the open tasks of the department's monthly plan (prefilled with
/// their tracked progress and status), then free-form rows (progress %, health), highlights, problems,
/// help needed from another department; submit (or update, until the deadline) or skip with a reason.
/// After the deadline a submitted report is shown read-only.
/// </summary>
public static class WeeklyStatusFormCard
{
    /// <summary>Blank rows offered beyond the tasks already reported.</summary>
    public const int BlankRows = 2;

    /// <summary>Free-form rows at most (after the plan's rows).</summary>
    public const int MaxRows = 12;

    /// <summary>Plan task rows at most, so the card stays under Teams' size limit; the plan board shows the rest.</summary>
    public const int MaxPlanRows = 20;

    /// <summary>Action data key holding the plan task ids of rows task0… in order, as drawn.</summary>
    public const string PlanTasksKey = "planTasks";

    public static AdaptiveCard Build(
        WeeklyStatusReport report,
        string version,
        OrganisationProfile organisation,
        Localizer text,
        DateTimeOffset now,
        string? notice = null,
        Rejection? rejection = null,
        IReadOnlyDictionary<string, string>? typed = null,
        IReadOnlyList<PlanTask>? planTasks = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(text);
        var department = organisation.FindDepartment(report.DepartmentId)?.Name.For(text.Culture) ?? report.DepartmentId;
                var body = new List<CardElement>
        {
            new TextBlock(text.Format("WeeklyStatus.Title", PeriodNames.Week(report.Week, text), department)) { Size = TextSize.Medium, Weight = TextWeight.Bolder },
        };
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Color = rejection is null ? TextColor.Good : TextColor.Attention });
        }

        var closed = now > report.Deadline && report.State != ReportState.Requested;
        if (closed)
        {
            body.Add(new TextBlock(text["WeeklyStatus.Closed"]) { IsSubtle = true });
            body.AddRange(WeeklyStatusSummary.Build(report, organisation, text));
            return new AdaptiveCard(body) { FallbackText = text.Format("WeeklyStatus.Title", PeriodNames.Week(report.Week, text), department) };
        }

        body.Add(new TextBlock(text.Format("WeeklyStatus.Intro", DisplayTime.Moment(report.Deadline, organisation, text))) { IsSubtle = true });
        body.AddRange(StateLine(report, organisation, text));
        string Typed(string id, string? stored) => typed is not null && typed.TryGetValue(id, out var value) ? value : stored ?? string.Empty;

        var planRows = PlanRows(report, planTasks ?? []);
        if (planRows.Count > 0)
        {
            body.Add(new TextBlock(text["WeeklyStatus.PlanTasks"]) { Weight = TextWeight.Bolder, Separator = true });
        }

        for (var i = 0; i < planRows.Count; i++)
        {
            var (planTask, reported) = planRows[i];
            body.Add(TaskRow(i, reported, Typed, rejection, text, PlanTaskHeading(planTask, organisation, text)));
        }

        var planIds = planRows.Select(r => r.Task.Id).ToHashSet(StringComparer.Ordinal);
        var free = report.Tasks.Where(t => t.PlanTaskId is null || !planIds.Contains(t.PlanTaskId)).ToList();
        var rows = Math.Min(MaxRows, free.Count + BlankRows);
        if (planRows.Count > 0)
        {
            body.Add(new TextBlock(text["WeeklyStatus.OtherTasks"]) { Weight = TextWeight.Bolder, Separator = true });
        }

        for (var i = 0; i < rows; i++)
        {
            body.Add(TaskRow(planRows.Count + i, i < free.Count ? free[i] : null, Typed, rejection, text, null));
        }

        body.AddRange(FieldInput.With(new InputText { Id = WeeklyStatusFields.Highlights, Label = text["WeeklyStatus.Highlights"], IsMultiline = true, MaxLength = WeeklyStatusLimits.Highlights, Value = Typed(WeeklyStatusFields.Highlights, report.Highlights) }, rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = WeeklyStatusFields.Problems, Label = text["WeeklyStatus.Problems"], IsMultiline = true, MaxLength = WeeklyStatusLimits.Problems, Value = Typed(WeeklyStatusFields.Problems, report.Problems) }, rejection, text));
        var others = organisation.Departments.Where(d => d.Id != report.DepartmentId).Select(d => new Choice(d.Name.For(text.Culture), d.Id)).ToList();
        body.AddRange(FieldInput.With(new InputChoiceSet(others) { Id = WeeklyStatusFields.HelpFrom, Label = text["WeeklyStatus.HelpFrom"], Style = ChoiceInputStyle.Compact, Value = Typed(WeeklyStatusFields.HelpFrom, report.HelpFromDepartmentId) }, rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = WeeklyStatusFields.HelpNeeded, Label = text["WeeklyStatus.HelpNeeded"], MaxLength = WeeklyStatusLimits.HelpNeeded, Value = Typed(WeeklyStatusFields.HelpNeeded, report.HelpNeeded) }, rejection, text));
        body.AddRange(FieldInput.With(new InputText { Id = WeeklyStatusFields.SkipReason, Label = text["WeeklyStatus.SkipReason"], MaxLength = WeeklyStatusLimits.SkipReason, Value = Typed(WeeklyStatusFields.SkipReason, report.SkipReason) }, rejection, text));

        var entity = WeeklyStatusVerbs.EntityId(report.Week, report.DepartmentId);
        var rowsDrawn = new Dictionary<string, string>(StringComparer.Ordinal) { [PlanTasksKey] = string.Join(",", planRows.Select(r => r.Task.Id)) };
        return new AdaptiveCard(body)
        {
            Actions =
            [
                ActionData.Execute(text[report.State == ReportState.Submitted ? "WeeklyStatus.Update" : "WeeklyStatus.Submit"], WeeklyStatusVerbs.Submit, entity, version, rowsDrawn),
                ActionData.Execute(text["WeeklyStatus.Skip"], WeeklyStatusVerbs.Skip, entity, version),
            ],
            FallbackText = text.Format("WeeklyStatus.Title", PeriodNames.Week(report.Week, text), department),
        };
    }

    private static IEnumerable<CardElement> StateLine(WeeklyStatusReport report, OrganisationProfile organisation, Localizer text)
    {
        if (report.State == ReportState.Submitted && report.SubmittedAt is { } at)
        {
            yield return new TextBlock(report.Late ? text["WeeklyStatus.SubmittedLate"] : text.Format("WeeklyStatus.Submitted", DisplayTime.Moment(at, organisation, text))) { Color = report.Late ? TextColor.Warning : TextColor.Good };
        }
        else if (report.State == ReportState.Skipped)
        {
            yield return new TextBlock(text.Format("WeeklyStatus.Skipped", report.SkipReason)) { Color = TextColor.Warning };
        }
    }

    /// <summary>
    /// The plan's tasks the head reports on: those not done yet, and those this report already covers,
    /// each with what the report says or else what the plan tracks.
    /// </summary>
    public static IReadOnlyList<(PlanTask Task, TaskProgress Reported)> PlanRows(WeeklyStatusReport report, IReadOnlyList<PlanTask> planTasks)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(planTasks);
        var reported = report.Tasks.Where(t => t.PlanTaskId is not null).ToDictionary(t => t.PlanTaskId!, StringComparer.Ordinal);
        return planTasks
            .Where(t => t.Status != PlanTaskStatus.Done || reported.ContainsKey(t.Id))
            .Take(MaxPlanRows)
            .Select(t => (t, reported.TryGetValue(t.Id, out var r) ? r : PlanTaskLink.FromPlan(t)))
            .ToList();
    }

    private static Container PlanTaskHeading(PlanTask task, OrganisationProfile organisation, Localizer text)
    {
        var owner = organisation.FindPerson(task.OwnerPersonId)?.Name.For(text.Culture) ?? task.OwnerPersonId;
        List<CardElement> items =
        [
            new TextBlock(task.Title) { Weight = TextWeight.Bolder },
            new TextBlock(text.Format("WeeklyStatus.PlanTaskLine", owner, DisplayTime.Date(task.DueDate, text))) { IsSubtle = true, Spacing = Spacing.None },
        ];

        // The owner's own report (责任人更新), which the prefilled percentage and health come from.
        if (task.ProgressBy is { } by && by == task.OwnerPersonId && task.ProgressAt is { } at)
        {
            items.Add(new TextBlock(text.Format("Planning.WeeklyOwnerUpdate", owner, DisplayTime.Moment(at, organisation, text), task.ProgressPercent, task.ProgressNote ?? string.Empty)) { Wrap = true, Spacing = Spacing.None, Color = TextColor.Accent });
        }

        return new Container(items);
    }

    private static ColumnSet TaskRow(int index, TaskProgress? task, Func<string, string?, string> typed, Rejection? rejection, Localizer text, Container? planHeading)
    {
        var health = Enum.GetValues<TaskHealth>().Select(h => new Choice(text[$"WeeklyStatus.Health.{h}"], h.ToString())).ToList();
        var percentText = typed(WeeklyStatusFields.TaskPercentOf(index), task?.Percent.ToString(CultureInfo.InvariantCulture));
        CardElement[] title = planHeading is not null
            ? [planHeading]
            : [.. FieldInput.With(new InputText { Id = WeeklyStatusFields.TaskTitleOf(index), Label = index == 0 ? text["WeeklyStatus.Task"] : null, Placeholder = text["WeeklyStatus.TaskPlaceholder"], MaxLength = WeeklyStatusLimits.TaskTitle, Value = typed(WeeklyStatusFields.TaskTitleOf(index), task?.Title) }, rejection, text)];
        return new ColumnSet(
        [
            new Column(title) { Width = "stretch" },
            new Column([.. FieldInput.With(new InputNumber { Id = WeeklyStatusFields.TaskPercentOf(index), Label = index == 0 ? text["WeeklyStatus.Percent"] : null, Min = 0, Max = 100, Value = double.TryParse(percentText, NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p : null }, rejection, text)]) { Width = "90px" },
            new Column([new InputChoiceSet(health) { Id = WeeklyStatusFields.TaskHealthOf(index), Label = index == 0 ? text["WeeklyStatus.Health"] : null, Style = ChoiceInputStyle.Compact, Value = typed(WeeklyStatusFields.TaskHealthOf(index), (task?.Health ?? TaskHealth.OnTrack).ToString()) }]) { Width = "120px" },
        ]);
    }
}
