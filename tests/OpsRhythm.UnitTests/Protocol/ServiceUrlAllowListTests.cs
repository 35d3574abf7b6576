using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.UnitTests.Protocol;

/// <summary>Where the bot's connector token may go (issue 13, section 2).</summary>
public sealed class ServiceUrlAllowListTests
{
    private static readonly ServiceUrlAllowList Deployed = new([], localRun: false);
    private static readonly ServiceUrlAllowList Local = new([], localRun: true);

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://SMBA.trafficmanager.net/emea/")]
    [InlineData("https://smba.onyx.prod.teams.trafficmanager.net/apac/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/teams")]
    [InlineData("https://smba.infra.dod.teams.microsoft.us/teams")]
    [InlineData("https://frontend.botapi.msg.infra.teams.microsoftonline.cn/")]
    public void IsAllowed_TeamsConnectorHosts_Allowed(string url) => Assert.True(Deployed.IsAllowed(url));

    [Theory]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://attacker.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/amer/")]
    [InlineData("https://evil.example/smba.trafficmanager.net/")]
    [InlineData("https://user:pw@smba.trafficmanager.net/amer/")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    [InlineData("not a url")]
    [InlineData(null)]
    public void IsAllowed_AnythingElse_Refused(string? url) => Assert.False(Deployed.IsAllowed(url));

    [Theory]
    [InlineData("http://127.0.0.1:56000/_connector")]
    [InlineData("http://localhost:56000/_connector")]
    [InlineData("http://[::1]:56000/")]
    public void IsAllowed_LoopbackWithAnAppId_Refused(string url) => Assert.False(Deployed.IsAllowed(url));

    [Theory]
    [InlineData("http://127.0.0.1:56000/_connector")]
    [InlineData("http://localhost:56000/_connector")]
    public void IsAllowed_LoopbackInALocalRun_Allowed(string url) => Assert.True(Local.IsAllowed(url));

    [Fact]
    public void IsAllowed_NonLoopbackInALocalRun_StillNeedsTheList() =>
        Assert.False(Local.IsAllowed("https://evil.example/"));

    [Fact]
    public void IsAllowed_ListedLoopbackName_AllowedForThatNameOnly()
    {
        var list = new ServiceUrlAllowList(["127.0.0.1"], localRun: false);

        Assert.True(list.IsAllowed("http://127.0.0.1:56000/_connector"));
        Assert.False(list.IsAllowed("http://localhost:56000/_connector"));
    }

    [Fact]
    public void IsAllowed_ExtraHost_AllowedOverHttpsOnly()
    {
        var list = new ServiceUrlAllowList(["smba.example-new-region.teams.microsoft.com"], localRun: false);

        Assert.True(list.IsAllowed("https://smba.example-new-region.teams.microsoft.com/x/"));
        Assert.False(list.IsAllowed("http://smba.example-new-region.teams.microsoft.com/x/"));
    }
}
