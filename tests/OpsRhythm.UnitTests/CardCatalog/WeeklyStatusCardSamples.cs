using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>Every card the weekly status feature sends: the form (new, submitted, skipped, errors, closed; with and without a monthly plan) and the digest.</summary>
public sealed class WeeklyStatusCardSamples : ICardSamples
{
    internal static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    internal static readonly DateTimeOffset Deadline = new(2026, 11, 27, 4, 0, 0, TimeSpan.Zero);

    internal static WeeklyStatusReport Submitted { get; } = new("2026-W48", "sales", Deadline)
    {
        State = ReportState.Submitted,
        Tasks =
        [
            new TaskProgress("华东区大客户拜访", 60, TaskHealth.OnTrack),
            new TaskProgress("新品报价单", 30, TaskHealth.Blocked),
            new TaskProgress("渠道返利结算", 100, TaskHealth.Done),
        ],
        Highlights = "签下两家新经销商",
        Problems = "新品成本数据未到，报价无法确定",
        HelpFromDepartmentId = "hr",
        HelpNeeded = "本周内提供新品成本核算",
        SubmittedBy = "li-qiang",
        SubmittedAt = Now,
    };

    /// <summary>The sales department's published November plan: one task done, one blocked, one overdue.</summary>
    internal static DepartmentPlan SalesPlan { get; } = new("monthly-2026-11", "sales", DepartmentPlanState.Accepted)
    {
        Content = PlanContent.Empty with
        {
            Tasks =
            [
                new PlanTask("t-1", "华东区大客户拜访", "li-qiang", new DateOnly(2026, 11, 30)) { Status = PlanTaskStatus.InProgress, ProgressPercent = 40 },
                new PlanTask("t-2", "新品报价单", "sun-hao", new DateOnly(2026, 11, 20)) { Status = PlanTaskStatus.Blocked, ProgressPercent = 30, IsMilestone = true },
                new PlanTask("t-3", "渠道返利结算", "sun-hao", new DateOnly(2026, 11, 10)) { Status = PlanTaskStatus.Done, ProgressPercent = 100 },
                new PlanTask("t-4", "经销商季度回访", "li-qiang", new DateOnly(2026, 11, 18)) { Status = PlanTaskStatus.InProgress, ProgressPercent = 70 },
            ],
        },
    };

    public IEnumerable<CardSample> Samples(Localizer text)
    {
        var org = SampleOrganisation.Profile;
        var requested = new WeeklyStatusReport("2026-W48", "sales", Deadline);
        yield return new("weekly-status/new", WeeklyStatusFormCard.Build(requested, "etag-1", org, text, Now));
        yield return new("weekly-status/reminder", WeeklyStatusFormCard.Build(requested, string.Empty, org, text, Now, text.Format("WeeklyStatus.Reminder", "2026-11-27 12:00")));
        yield return new("weekly-status/submitted", WeeklyStatusFormCard.Build(Submitted, "etag-2", org, text, Now));
        var many = Submitted with { Tasks = [.. Enumerable.Range(1, 15).Select(i => new TaskProgress($"任务 {i}：" + new string('长', 80), i * 6, (TaskHealth)(i % 4)))] };
        yield return new("weekly-status/many-tasks", WeeklyStatusFormCard.Build(many, "etag-3", org, text, Now));
        var invalid = Rejection.Invalid(new Dictionary<string, FieldError> { ["task0.percent"] = new("WeeklyStatus.Error.Percent"), ["helpNeeded"] = new("WeeklyStatus.Error.HelpNeeded") });
        yield return new("weekly-status/errors", WeeklyStatusFormCard.Build(requested, "etag-1", org, text, Now, text["Common.Rejection.InvalidInput"], invalid, new Dictionary<string, string> { ["task0.title"] = "报价", ["task0.percent"] = "150", ["helpFrom"] = "hr" }));
        var longest = Submitted with
        {
            Tasks = [.. Enumerable.Range(1, 5).Select(i => new TaskProgress(new string('任', WeeklyStatusLimits.TaskTitle), i * 10, TaskHealth.OnTrack))],
            Highlights = new string('亮', WeeklyStatusLimits.Highlights),
            Problems = new string('难', WeeklyStatusLimits.Problems),
            HelpFromDepartmentId = "hr",
            HelpNeeded = new string('援', WeeklyStatusLimits.HelpNeeded),
        };
        yield return new("weekly-status/submitted-longest", WeeklyStatusFormCard.Build(longest, "etag-2", org, text, Now));
        yield return new("weekly-status/skipped-longest", WeeklyStatusFormCard.Build(requested with { State = ReportState.Skipped, SkipReason = new string('假', WeeklyStatusLimits.SkipReason) }, "etag-4", org, text, Now));
        yield return new("weekly-status/skipped", WeeklyStatusFormCard.Build(requested with { State = ReportState.Skipped, SkipReason = "部门团建" }, "etag-4", org, text, Now));
        yield return new("weekly-status/closed", WeeklyStatusFormCard.Build(Submitted with { Late = true }, "etag-5", org, text, Deadline.AddHours(1)));

        var lastWeek = new[] { Submitted with { Week = "2026-W47" } };
        var reports = new[] { Submitted, new WeeklyStatusReport("2026-W48", "production", Deadline) { State = ReportState.Submitted, Tasks = [new TaskProgress("产线改造", 80, TaskHealth.AtRisk)], Late = true }, requested with { DepartmentId = "hr", State = ReportState.Skipped, SkipReason = "负责人休假" } };
        var today = new DateOnly(2026, 11, 26);
        yield return new("weekly-status/digest", WeeklyDigestCard.Build(WeeklyDigest.Build("2026-W48", ["ops", "sales", "production", "finance", "hr"], reports, lastWeek, [SalesPlan], today), org, text));
        // Opened by how last week's meeting's action items stand (issue 18).
        yield return new("weekly-status/digest-action-items", WeeklyDigestCard.Build(WeeklyDigest.Build("2026-W48", ["ops", "sales"], reports, lastWeek, [SalesPlan], today) with { LastWeekActions = new Domain.Meetings.Minutes.ActionItemTally(3, 1, 2) }, org, text));
        yield return new("weekly-status/digest-empty", WeeklyDigestCard.Build(WeeklyDigest.Build("2026-W48", ["ops", "sales"], [], [], [], today), org, text));
        var manyOverdue = SalesPlan with { Content = SalesPlan.Content with { Tasks = [.. Enumerable.Range(1, 60).Select(i => new PlanTask($"t-{i}", $"逾期任务 {i}：" + new string('长', 60), "sun-hao", new DateOnly(2026, 11, 1 + (i % 20))) { ProgressPercent = i })] } };
        yield return new("weekly-status/digest-many-overdue", WeeklyDigestCard.Build(WeeklyDigest.Build("2026-W48", ["ops", "sales", "production", "finance", "hr"], reports, lastWeek, [manyOverdue], today), org, text));

        // With the department's published monthly plan: its open tasks first, prefilled from the plan.
        yield return new("weekly-status/plan-new", WeeklyStatusFormCard.Build(requested, "etag-1", org, text, Now, planTasks: SalesPlan.Content.Tasks));
        var planReported = Submitted with { Tasks = [new TaskProgress("新品报价单", 30, TaskHealth.Blocked) { PlanTaskId = "t-2" }, new TaskProgress("展会筹备", 10, TaskHealth.AtRisk)] };
        yield return new("weekly-status/plan-submitted", WeeklyStatusFormCard.Build(planReported, "etag-2", org, text, Now, text["WeeklyStatus.PlanUpdated"], planTasks: SalesPlan.Content.Tasks));
        yield return new("weekly-status/plan-conflict", WeeklyStatusFormCard.Build(planReported, "etag-2", org, text, Now, text["WeeklyStatus.PlanConflict"], planTasks: SalesPlan.Content.Tasks));
        yield return new("weekly-status/plan-reminder", WeeklyStatusFormCard.Build(requested, string.Empty, org, text, Now, text.Format("WeeklyStatus.Reminder", "2026-11-27 12:00"), planTasks: SalesPlan.Content.Tasks));
        yield return new("weekly-status/plan-not-allowed", WeeklyStatusFormCard.Build(planReported, "etag-2", org, text, Now, text["WeeklyStatus.PlanNotAllowed"], planTasks: SalesPlan.Content.Tasks));
        var planInvalid = Rejection.Invalid(new Dictionary<string, FieldError> { ["task1.percent"] = new("WeeklyStatus.Error.Percent") });
        yield return new("weekly-status/plan-errors", WeeklyStatusFormCard.Build(requested, "etag-1", org, text, Now, text["Common.Rejection.InvalidInput"], planInvalid, new Dictionary<string, string> { ["task1.percent"] = "-5" }, SalesPlan.Content.Tasks));
        yield return new("weekly-status/plan-many-tasks", WeeklyStatusFormCard.Build(requested, "etag-1", org, text, Now, planTasks: manyOverdue.Content.Tasks));
        yield return new("weekly-status/plan-closed", WeeklyStatusFormCard.Build(planReported, "etag-5", org, text, Deadline.AddHours(1), planTasks: SalesPlan.Content.Tasks));
    }
}
