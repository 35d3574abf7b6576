using OpsRhythm.Bot.Dashboard;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.UnitTests.Dashboard;

/// <summary>The dashboard's times come from the bot on the organisation's clock, in the cards' format, not from the browser's zone.</summary>
public sealed class DashboardTimesTests
{
    private static readonly OrganisationProfile Organisation = new() { CompanyName = new LocalizedText("公司", "Company") };

    // 23:39 UTC on 6 December is 07:39 on Monday 7 December in Beijing.
    private static readonly DateTimeOffset JustBeforeMidnightUtc = new(2026, 12, 6, 23, 39, 0, TimeSpan.Zero);

    private static DashboardView View() => new(
        new ViewerInfo("wang-min", "王敏", "all", false),
        "zh-CN",
        "2026-12",
        null,
        [],
        [],
        new PlanStatusView(null, null, []),
        [new TaskRow("sales", "销售部", "回访", "李强", new DateOnly(2026, 12, 7), "NotStarted", "未开始", 0, false)],
        new WeekView("2026-W50", "第50周", []),
        [],
        new RiskView([], [], [new AlertRow("a1", "sales", "销售部", "销售额", "2026年12月", "Critical", 750, 800, JustBeforeMidnightUtc)]),
        [new MeetingRow("m1", "运营例会", JustBeforeMidnightUtc, JustBeforeMidnightUtc.AddHours(1), null)]);

    [Fact]
    public void Times_are_written_on_the_organisations_clock_in_the_cards_format()
    {
        var view = DashboardTimes.Format(View(), Organisation, Localizer.ZhCn);

        Assert.Equal("12月7日（周一）07:39", view.Risks.Alerts[0].RaisedAtText);
        Assert.Equal("12月7日（周一）07:39–08:39", view.Meetings[0].WhenText);
        Assert.Equal("2026年12月7日", view.Tasks[0].DueText);
    }

    [Fact]
    public void English_readers_get_the_English_format_on_the_same_clock()
    {
        var view = DashboardTimes.Format(View(), Organisation, Localizer.EnUs);

        Assert.Equal("Mon, Dec 7, 07:39", view.Risks.Alerts[0].RaisedAtText);
        Assert.Equal("Dec 7, 2026", view.Tasks[0].DueText);
    }

    [Fact]
    public void A_process_review_card_writes_its_date_as_the_style_guide_says()
    {
        var json = CardJson.ToJson(ProcessReviewCard.Build(new ProcessReview("p1", "采购流程", "li-qiang", 6, new DateOnly(2027, 1, 5)), ProcessReview.PartitionKey, Organisation, Localizer.ZhCn));

        Assert.Contains("2027年1月5日", json, StringComparison.Ordinal);
        Assert.DoesNotContain("2027-01-05", json, StringComparison.Ordinal);
    }
}
