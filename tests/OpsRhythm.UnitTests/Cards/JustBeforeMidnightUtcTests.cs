using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Cards.Risks;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.UnitTests.CardCatalog;
using OpsRhythm.UnitTests.Indicators;
using static OpsRhythm.UnitTests.Planning.PlanningFixtures;

namespace OpsRhythm.UnitTests.Cards;

/// <summary>
/// 23:39 UTC on 6 December is 07:39 on Monday 7 December in Beijing: every card that shows a time must
/// show the organisation's day and hour, never UTC's (the office first saw "2026-12-06 23:39").
/// </summary>
public sealed class JustBeforeMidnightUtcTests
{
    private static readonly DateTimeOffset Instant = new(2026, 12, 6, 23, 39, 0, TimeSpan.Zero);

    public static TheoryData<string, string> Cards() => new()
    {
        { "planning/approval-decided", "zh-CN" }, { "planning/approval-decided", "en-US" },
        { "planning/history", "zh-CN" }, { "planning/history", "en-US" },
        { "weekly-status/submitted", "zh-CN" }, { "weekly-status/submitted", "en-US" },
        { "risks/alert-acknowledged", "zh-CN" }, { "risks/alert-acknowledged", "en-US" },
    };

    [Theory]
    [MemberData(nameof(Cards))]
    public void A_card_showing_a_time_shows_Beijing_time(string card, string language)
    {
        var text = Localizer.For(language);
        var json = CardJson.ToJson(Build(card, text));

        Assert.Contains(text.IsEnglish ? "Mon, Dec 7, 07:39" : "12月7日（周一）07:39", json, StringComparison.Ordinal);
        Assert.DoesNotContain("23:39", json, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-12-06", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Asia/Shanghai", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "日期须在2025年12月7日至2031年12月7日之间。")]
    [InlineData("en-US", "Choose a date between Dec 7, 2025 and Dec 7, 2031.")]
    public void A_date_refused_next_to_its_field_names_its_bounds_as_the_cards_do(string language, string expected)
    {
        var text = Localizer.For(language);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Instant, OrganisationZones.Of(SampleOrganisation.Profile)).DateTime);
        var outOfRange = DateBounds.OutOfRange(today);

        Assert.Equal(expected, text.Format(outOfRange.TextKey, outOfRange.Arguments));
        var due = text.Format("Planning.Error.DueDateRange", today, new DateOnly(2026, 12, 31));
        Assert.Contains(DisplayTime.Date(today, text), due, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-12-", due, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void A_history_diff_shows_a_moved_tasks_due_date_as_the_cards_do(string language)
    {
        var text = Localizer.For(language);
        var before = ValidContent();
        var moved = before with { Tasks = [before.Tasks[0] with { DueDate = new DateOnly(2026, 12, 7) }, before.Tasks[1]] };
        var plan = Plan(state: DepartmentPlanState.Submitted) with
        {
            Content = moved,
            History = [new PlanRevision(1, "submitted", SalesHead.PersonId, Instant.AddDays(-1), before), new PlanRevision(2, "submitted", SalesHead.PersonId, Instant, moved)],
        };

        var json = CardJson.ToJson(PlanHistoryCard.Build(Cycle(), plan, "\"e\"", Organisation, text));

        Assert.Contains(text.IsEnglish ? "Dec 7, 2026" : "2026年12月7日", json, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-12-07", json, StringComparison.Ordinal);
    }

    private static AdaptiveCard Build(string card, Localizer text) => card switch
    {
        "planning/approval-decided" => ApprovalCard.Build(
            new CompanyPlanView(
                Cycle(PlanKind.Annual, PlanCycleState.Approved) with { DecidedBy = Leader.PersonId, DecidedAt = Instant },
                "\"e\"",
                Consolidation.Build(Cycle(PlanKind.Annual, PlanCycleState.Approved), AllAccepted(PlanKind.Annual), Instant),
                Organisation) { Viewer = Leader },
            ["user-id-5"],
            text),
        "planning/history" => PlanHistoryCard.Build(
            Cycle(),
            Plan(state: DepartmentPlanState.Submitted) with { History = [new PlanRevision(1, "submitted", SalesHead.PersonId, Instant, ValidContent())] },
            "\"e\"",
            Organisation,
            text),
        "weekly-status/submitted" => WeeklyStatusFormCard.Build(
            WeeklyStatusCardSamples.Submitted with { SubmittedAt = Instant, Deadline = Instant.AddDays(1) }, "e", SampleOrganisation.Profile, text, Instant),
        _ => RiskAlertCard.Build(
            new RiskAlert("a1", "r1", "sales", "complaint-rate", "2026-M11", new ThresholdCrossing(WarningLevel.Critical, 5.6, 5)) { RaisedAt = Instant, AcknowledgedBy = "li-qiang", AcknowledgedAt = Instant },
            "e",
            RisksCardSamples.SampleRisk,
            IndicatorCatalog.Seed.Find("complaint-rate")!,
            SampleOrganisation.Profile,
            text),
    };
}
