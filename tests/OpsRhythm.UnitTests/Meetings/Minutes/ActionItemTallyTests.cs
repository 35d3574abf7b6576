using System.Text.Json.Nodes;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.UnitTests.Turns;

namespace OpsRhythm.UnitTests.Meetings.Minutes;

public sealed class ActionItemTallyTests
{
    private static readonly DateOnly Today = new(2026, 12, 14);

    private static ActionItem Item(DateOnly deadline, ActionItemState state = ActionItemState.Open) =>
        new("weekly-operations:2026-12-07:item-1", "weekly-operations", new DateOnly(2026, 12, 7), "补齐交付计划", "sun-hao", deadline) { CreatedBy = "gao-yu", State = state };

    [Fact]
    public void Of_ClosedOverdueAndInTime_CountedOnceEach()
    {
        var tally = ActionItemTally.Of([Item(Today.AddDays(-3), ActionItemState.Closed), Item(Today.AddDays(-1)), Item(Today), Item(Today.AddDays(4))], Today);

        // Due today is not yet overdue; a closed item past its deadline is done, not overdue.
        Assert.Equal(new ActionItemTally(1, 1, 2), tally);
        Assert.Equal(4, tally.Total);
    }

    [Theory]
    [InlineData("zh-CN", "上周行动项：完成 3，逾期 1，进行中 2")]
    [InlineData("en-US", "Last week's action items: 3 done, 1 overdue, 2 open")]
    public void DigestCard_LastWeekActions_LineRightUnderTheTitle(string locale, string line)
    {
        var organisation = SampleOrganisation.Load();
        var digest = WeeklyDigest.Build("2026-W50", ["sales"], [], [], [], Today) with { LastWeekActions = new ActionItemTally(3, 1, 2) };

        var body = JsonNode.Parse(CardJson.ToJson(WeeklyDigestCard.Build(digest, organisation, Localizer.For(locale))))!["body"]!.AsArray();

        Assert.Equal(line, (string?)body[1]!["text"]);
        Assert.Equal("warning", ((string?)body[1]!["color"])?.ToLowerInvariant());
    }

    [Fact]
    public void DigestCard_NoItemsLastWeek_NoLine()
    {
        var digest = WeeklyDigest.Build("2026-W50", ["sales"], [], [], [], Today);

        var json = CardJson.ToJson(WeeklyDigestCard.Build(digest, SampleOrganisation.Load(), Localizer.ZhCn));

        Assert.DoesNotContain("行动项", JsonNode.Parse(json)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }
}
