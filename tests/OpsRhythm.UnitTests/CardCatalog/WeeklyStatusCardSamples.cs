using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.Indicators;

namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>Every card the weekly status feature sends: the form (new, submitted, skipped, errors, closed) and the digest.</summary>
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
        HelpFromDepartmentId = "finance",
        HelpNeeded = "本周内提供新品成本核算",
        SubmittedBy = "li-qiang",
        SubmittedAt = Now,
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
        yield return new("weekly-status/errors", WeeklyStatusFormCard.Build(requested, "etag-1", org, text, Now, text["Common.Rejection.InvalidInput"], invalid, new Dictionary<string, string> { ["task0.title"] = "报价", ["task0.percent"] = "150", ["helpFrom"] = "finance" }));
        yield return new("weekly-status/skipped", WeeklyStatusFormCard.Build(requested with { State = ReportState.Skipped, SkipReason = "部门团建" }, "etag-4", org, text, Now));
        yield return new("weekly-status/closed", WeeklyStatusFormCard.Build(Submitted with { Late = true }, "etag-5", org, text, Deadline.AddHours(1)));

        var lastWeek = new[] { Submitted with { Week = "2026-W47" } };
        var reports = new[] { Submitted, new WeeklyStatusReport("2026-W48", "production", Deadline) { State = ReportState.Submitted, Tasks = [new TaskProgress("产线改造", 80, TaskHealth.AtRisk)], Late = true }, requested with { DepartmentId = "hr", State = ReportState.Skipped, SkipReason = "负责人休假" } };
        yield return new("weekly-status/digest", WeeklyDigestCard.Build(WeeklyDigest.Build("2026-W48", ["ops", "sales", "production", "finance", "hr"], reports, lastWeek), org, text));
        yield return new("weekly-status/digest-empty", WeeklyDigestCard.Build(WeeklyDigest.Build("2026-W48", ["ops", "sales"], [], []), org, text));
    }
}
