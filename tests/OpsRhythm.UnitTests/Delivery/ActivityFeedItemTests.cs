using OpsRhythm.Bot.Delivery;

namespace OpsRhythm.UnitTests.Delivery;

public sealed class ActivityFeedItemTests
{
    [Fact]
    public void Create_ExactlyTheTemplatesParameters_KeepsThemByName()
    {
        var item = ActivityFeedItem.Create(ActivityFeedTypes.StatusReminder, ("due", "2026/11/27 17:00"), ("week", "2026-W48"));

        Assert.Equal(ActivityFeedTypes.StatusReminder, item.Type);
        Assert.Equal("2026-W48", item.Parameters["week"]);
        Assert.Equal("2026/11/27 17:00", item.Parameters["due"]);
    }

    [Fact]
    public void Create_MissingParameter_ThrowsNamingIt()
    {
        var failure = Assert.Throws<ArgumentException>(() => ActivityFeedItem.Create(ActivityFeedTypes.ApprovalRequested, ("actor", "王敏")));

        Assert.Contains("missing [planName]", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ParameterNotInTheTemplate_ThrowsNamingIt()
    {
        var failure = Assert.Throws<ArgumentException>(() =>
            ActivityFeedItem.Create(ActivityFeedTypes.PlanApproved, ("planName", "销售部 2026年12月 月度计划"), ("actor", "陈静")));

        Assert.Contains("not in its template [actor]", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SameParameterTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            ActivityFeedItem.Create(ActivityFeedTypes.MeetingReminder, ("meetingName", "周运营会议"), ("start", "周五 16:00"), ("start", "周五 17:00")));
    }

    [Fact]
    public void Create_EmptyValue_Throws()
    {
        Assert.Throws<ArgumentException>(() => ActivityFeedItem.Create(ActivityFeedTypes.RiskAlert, ("department", "销售部"), ("subject", " ")));
    }

    [Fact]
    public void Create_TypeNotDeclared_Throws()
    {
        Assert.Throws<ArgumentException>(() => ActivityFeedItem.Create("somethingHappened"));
    }
}
