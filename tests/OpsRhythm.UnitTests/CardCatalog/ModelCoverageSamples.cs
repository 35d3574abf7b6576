using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>
/// Cards that exercise the whole card model (every element, input and action type, every chart with
/// its fallback, server-side field errors, a long table) so the catalog pipeline — C# render, size,
/// verbs, the official validator, screenshots — is proven on every type before features use it.
/// Their verbs belong to <see cref="CatalogVerbs"/>, which only the catalog's own checks register.
/// </summary>
public sealed class ModelCoverageSamples : ICardSamples
{
    // The OpsRhythm mark, 24×24, inline so the card renders without any network.
    private const string MarkDataUri =
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAYAAADgdz34AAABUklEQVR42tWWr24CQRDG7014gj4BT8ATIKsQaHRFFbKpbkBRA6JVTUiqWtEa6ggCRRAIgmgIArXkd8m32czdld0SSPslE+52Z+ebfztHVrvuu3NK9icIGjfP7vbx0909feXCM2snE3Qe3txyvXVVYA+dZIKr9sBNFxtvaDxZ5F43uy+58MyagC5noghC4xipd4Z+D48RvbMnoiqSAoGMj97nBWLBnkG3N54ej4B8ynOr2Lp/9QSxBS4QqKBhWiR0jwBZMgFeVXmPfMxWngCyZAI6A/Bbpgi+d3tfH6KENLpNlQJdplBoTRkGGJZDkIa6Nn1ZWY4t5DlGVafwHlgcTVHoUXjhqJNqARHERGejTSoy/Y8hxEYKmZ1Zv2pT3rWmSG03sV9GGn3RJCo4CNOhmtiuih4VP40MdRdnTxp2EuqhveRhd/ZxfZEPzsU+mf/iX8UB6HfUH33eM8UAAAAASUVORK5CYII=";

    public IEnumerable<CardSample> Samples(Localizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var en = text.IsEnglish;
        yield return new("catalog/every-element", EveryElement(en));
        yield return new("catalog/charts", Charts(en));
        yield return new("catalog/form-with-errors", FormWithErrors(text));
        yield return new("catalog/long-table", LongTable(en));
    }

    private static AdaptiveCard EveryElement(bool en)
    {
        var approve = ActionData.Execute(en ? "Approve" : "批准", CatalogVerbs.Approve, "plan-2026-12-sales", "\"0a1b\"") with { Style = ActionStyle.Positive };
        return new AdaptiveCard(
        [
            new ColumnSet(
            [
                new Column([new Image(MarkDataUri) { AltText = "OpsRhythm", Size = ImageSize.Small }]) { Width = "auto" },
                new Column([new TextBlock(en ? "December plan — Sales" : "12 月计划 — 销售部") { Size = TextSize.Large, Weight = TextWeight.Bolder }])
                {
                    Width = "stretch",
                    VerticalContentAlignment = VerticalAlignment.Center,
                },
            ]),
            new RichTextBlock(
            [
                new TextRun(en ? "Submitted by " : "提交人 "),
                new TextRun(en ? "Li Qiang" : "李强") { Weight = TextWeight.Bolder },
                new TextRun(en ? ", due 28 Nov" : "，截止 11 月 28 日") { Color = TextColor.Attention, Italic = true },
            ]),
            new FactSet(
            [
                new Fact(en ? "Sales target" : "销售目标", "¥12,500,000"),
                new Fact(en ? "Tasks" : "任务", "14"),
                new Fact(en ? "State" : "状态", en ? "Waiting for ops office review" : "等待运营管理部审核"),
            ]),
            new Container(
            [
                new TextBlock(en ? "Feedback from the ops office" : "运营管理部反馈") { Weight = TextWeight.Bolder },
                new TextBlock(en ? "Align the trade-show budget with marketing." : "请与市场部协调展会预算。") { IsSubtle = true },
            ])
            {
                Id = "feedback",
                Style = ContainerStyle.Emphasis,
                IsVisible = false,
            },
            new InputText { Id = "comment", Label = en ? "Comment" : "意见", IsMultiline = true, MaxLength = 500, Placeholder = en ? "Optional" : "选填" },
            new InputNumber { Id = "target", Label = en ? "Adjusted target (¥)" : "调整后目标（元）", Value = 12500000, Min = 0 },
            new InputDate { Id = "due", Label = en ? "New due date" : "新截止日期", Value = "2026-11-28", Min = "2026-11-01" },
            new InputTime { Id = "at", Label = en ? "Reminder time" : "提醒时间", Value = "09:30" },
            new InputToggle(en ? "Notify the department" : "通知部门") { Id = "notify", Value = "true" },
            new InputChoiceSet(
            [
                new Choice(en ? "Approve" : "批准", "approve"),
                new Choice(en ? "Return for changes" : "退回修改", "return"),
            ])
            {
                Id = "decision",
                Label = en ? "Decision" : "决定",
                Style = ChoiceInputStyle.Expanded,
                IsRequired = true,
                ErrorMessage = en ? "Choose a decision" : "请选择决定",
            },
            new ActionSet(
            [
                new ToggleVisibilityAction(["feedback"]) { Title = en ? "Show feedback" : "显示反馈" },
                new OpenUrlAction("https://opsrhythm.contoso.test/dashboard") { Title = en ? "Open dashboard" : "打开仪表板" },
            ]),
        ])
        {
            FallbackText = en ? "December plan — Sales" : "12 月计划 — 销售部",
            Refresh = new CardRefresh(ActionData.Execute(en ? "Refresh" : "刷新", CatalogVerbs.Refresh, "plan-2026-12-sales", "\"0a1b\""), ["user-id-0", "user-id-5"]),
            Actions =
            [
                approve,
                ActionData.Execute(en ? "Return" : "退回", CatalogVerbs.Return, "plan-2026-12-sales", "\"0a1b\"") with { Style = ActionStyle.Destructive },
                new ShowCardAction(new AdaptiveCard([new TextBlock(en ? "Plans are approved by leadership after the ops office review." : "运营管理部审核后由公司高层批准。")]) { MsTeams = null })
                {
                    Title = en ? "How approval works" : "审批流程",
                },
                new SubmitAction(new Dictionary<string, string>(StringComparer.Ordinal) { [ActionData.VerbKey] = CatalogVerbs.Approve }) { Title = en ? "Approve (classic)" : "批准（旧版）", Mode = ActionMode.Secondary },
            ],
        };
    }

    private static AdaptiveCard Charts(bool en)
    {
        TextBlock Fallback(string summary) => new(summary) { IsSubtle = true };
        string[] departments = en ? ["Sales", "Production", "Finance", "HR"] : ["销售", "生产", "财务", "人力"];
        double[] done = [82, 64, 91, 45];
        return new AdaptiveCard(
        [
            new TextBlock(en ? "Operations at a glance" : "运营一览") { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new DonutChart([.. departments.Select((d, i) => new ChartSlice(d, done[i]))])
            {
                Title = en ? "Tasks done" : "已完成任务",
                Fallback = Fallback(string.Join(en ? ", " : "，", departments.Select((d, i) => $"{d} {done[i]}"))),
            },
            new PieChart([new ChartSlice(en ? "On track" : "正常", 11), new ChartSlice(en ? "At risk" : "有风险", 3) { Color = "categoricalRed" }])
            {
                Title = en ? "Plan health" : "计划健康度",
                Fallback = Fallback(en ? "11 on track, 3 at risk" : "11 项正常，3 项有风险"),
            },
            new GaugeChart(72)
            {
                Title = en ? "Customer satisfaction" : "客户满意度",
                Min = 0,
                Max = 100,
                ValueFormat = "fraction",
                Segments = [new GaugeSegment(0, 60) { Color = "bad" }, new GaugeSegment(60, 80) { Color = "warning" }, new GaugeSegment(80, 100) { Color = "good" }],
                Fallback = Fallback(en ? "Customer satisfaction 72 / 100" : "客户满意度 72 / 100"),
            },
            new VerticalBarChart([.. departments.Select((d, i) => new ChartPoint(d, done[i]))])
            {
                Title = en ? "Completion %" : "完成率 %",
                ShowBarValues = true,
                Fallback = Fallback(en ? "Completion by department" : "各部门完成率"),
            },
            new GroupedVerticalBarChart(
            [
                new ChartSeries(en ? "Target" : "目标", [.. departments.Select(d => new ChartPoint(d, 100))]),
                new ChartSeries(en ? "Actual" : "实际", [.. departments.Select((d, i) => new ChartPoint(d, done[i]))]),
            ])
            {
                Title = en ? "Target vs actual" : "目标与实际",
                Fallback = Fallback(en ? "Target vs actual by department" : "各部门目标与实际"),
            },
            new HorizontalBarChart([.. departments.Select((d, i) => new ChartPoint(d, 100 - done[i]))])
            {
                Title = en ? "Open tasks" : "未完成任务",
                Fallback = Fallback(en ? "Open tasks by department" : "各部门未完成任务"),
            },
            new LineChart(
            [
                new ChartSeries(en ? "Sales (¥m)" : "销售额（百万元）", [new("W45", 2.1), new("W46", 2.4), new("W47", 2.2), new("W48", 2.9)]),
            ])
            {
                Title = en ? "Weekly sales" : "每周销售额",
                Fallback = Fallback(en ? "Weekly sales rose from 2.1 to 2.9 (¥m)" : "每周销售额由 2.1 升至 2.9（百万元）"),
            },
        ])
        {
            FallbackText = en ? "Operations at a glance" : "运营一览",
        };
    }

    private static AdaptiveCard FormWithErrors(Localizer text)
    {
        var en = text.IsEnglish;
        var rejection = Rejection.Invalid(new Dictionary<string, FieldError>(StringComparer.Ordinal)
        {
            ["target"] = new("Common.Rejection.InvalidInput"),
            ["owner"] = new("Common.Rejection.InvalidInput"),
        });
        IEnumerable<CardElement> body =
        [
            new TextBlock(RejectionText.Describe(rejection, text)) { Color = TextColor.Attention },
            .. FieldInput.With(new InputNumber { Id = "target", Label = en ? "Target" : "目标", Value = -5 }, rejection, text),
            .. FieldInput.With(new InputText { Id = "owner", Label = en ? "Owner" : "负责人", Value = string.Empty }, rejection, text),
            .. FieldInput.With(new InputText { Id = "measure", Label = en ? "Measure" : "措施", Value = en ? "Weekly visits" : "每周拜访" }, rejection, text),
        ];
        return new AdaptiveCard([.. body])
        {
            Actions = [ActionData.Execute(en ? "Submit" : "提交", CatalogVerbs.Approve, "plan-2026-12-sales", "\"0a1c\"")],
        };
    }

    private static AdaptiveCard LongTable(bool en)
    {
        TableCell Cell(string value) => new([new TextBlock(value) { Wrap = true }]);
        var header = new TableRow([Cell(en ? "Task" : "任务"), Cell(en ? "Owner" : "负责人"), Cell(en ? "Due" : "截止"), Cell(en ? "Progress" : "进度")])
        {
            Style = ContainerStyle.Accent,
        };
        var rows = Enumerable.Range(1, 60).Select(i => new TableRow(
        [
            Cell(en ? $"Task {i}: visit key accounts in region {i % 7}" : $"任务 {i}：拜访第 {i % 7} 区重点客户"),
            Cell(en ? "Zhang Wei" : "张伟"),
            Cell($"2026-12-{1 + (i % 28):00}"),
            Cell($"{i * 37 % 101}%"),
        ]));
        return new AdaptiveCard([new Table([new(3), new(2), new(2), new(1)], [header, .. rows]) { ShowGridLines = true }]);
    }
}
