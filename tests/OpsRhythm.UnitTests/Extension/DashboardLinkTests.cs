using OpsRhythm.Bot.Extension;
using OpsRhythm.Cards.Extension;

namespace OpsRhythm.UnitTests.Extension;

/// <summary>Which pasted links of the bot's domain are the dashboard's, and the card data read from them.</summary>
public sealed class DashboardLinkTests
{
    [Fact]
    public void Parse_DashboardLinkWithDepartmentAndMonth_TheirDataForTheCard()
    {
        var data = DashboardLink.Parse("https://ops.example.com/dashboard/?department=sales&period=2026-12");

        Assert.NotNull(data);
        Assert.Equal(SharedItemKinds.Dashboard, data[SharedItemFields.Kind]);
        Assert.Equal("sales", data[SharedItemFields.Department]);
        Assert.Equal("2026-12", data[SharedItemFields.Period]);
        Assert.Equal("https://ops.example.com/dashboard/?department=sales&period=2026-12", data[DashboardLink.UrlField]);
    }

    [Theory]
    [InlineData("https://ops.example.com/dashboard")]
    [InlineData("https://ops.example.com/DASHBOARD/index.html")]
    public void Parse_DashboardPaths_Unfurled(string url)
    {
        var data = DashboardLink.Parse(url);

        Assert.NotNull(data);
        Assert.False(data.ContainsKey(SharedItemFields.Department));
        Assert.False(data.ContainsKey(SharedItemFields.Period));
    }

    [Theory]
    [InlineData("https://ops.example.com/privacy")]
    [InlineData("https://ops.example.com/dashboards")]
    [InlineData("ftp://ops.example.com/dashboard")]
    [InlineData("/dashboard")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_NotTheDashboard_LeftALink(string? url)
    {
        Assert.Null(DashboardLink.Parse(url));
    }

    [Fact]
    public void Parse_LongerThanAnyDashboardLink_LeftALink()
    {
        Assert.Null(DashboardLink.Parse("https://ops.example.com/dashboard/?department=" + new string('a', DashboardLink.MaxLength)));
    }

    [Theory]
    [InlineData("2026-Q4")]
    [InlineData("2026")]
    [InlineData("<script>")]
    public void Parse_PeriodThatIsNotAMonth_Dropped(string period)
    {
        var data = DashboardLink.Parse("https://ops.example.com/dashboard/?period=" + Uri.EscapeDataString(period));

        Assert.NotNull(data);
        Assert.False(data.ContainsKey(SharedItemFields.Period));
    }
}
