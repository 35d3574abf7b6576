using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OpsRhythm.Bot.Dashboard;
using OpsRhythm.IntegrationTests.Dashboard;

namespace OpsRhythm.IntegrationTests.Security;

/// <summary>Issue 13: a local run (no MicrosoftAppId) answers loopback Host names only, its sign-in form needs its antiforgery token, and it does not start in Production.</summary>
public sealed class LocalRunGuardTests : IDisposable
{
    private readonly DashboardServer _server = new();

    public void Dispose() => _server.Dispose();

    [Theory]
    [InlineData("evil.example")]
    [InlineData("rebound.attacker.example:3978")]
    [InlineData("192.168.1.20")]
    public async Task Request_ForeignHostName_Answers400(string host)
    {
        using var client = _server.CreateBrowserClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/signin");
        request.Headers.Host = host;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task Request_LoopbackHostName_Answered(string host)
    {
        using var client = _server.CreateBrowserClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/signin");
        request.Headers.Host = host + ":" + _server.Address.Port;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_WithoutTheFormsAntiforgeryToken_Refused()
    {
        using var client = _server.CreateBrowserClient();
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("personId", "wang-min")]);

        using var response = await client.PostAsync(new Uri("/dashboard/signin", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(LocalSignIn.CookieName, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SignIn_WithAnotherBrowsersToken_Refused()
    {
        using var attacker = _server.CreateBrowserClient();
        var field = DashboardServer.AntiforgeryField(await attacker.GetStringAsync(new Uri("/dashboard/signin", UriKind.Relative)));
        using var victim = _server.CreateBrowserClient();
        using var form = new FormUrlEncodedContent([field, new KeyValuePair<string, string>("personId", "wang-min")]);

        using var response = await victim.PostAsync(new Uri("/dashboard/signin", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_WithTheFormsToken_SignsIn()
    {
        using var client = await _server.SignedInAsync("wang-min");
        using var response = await client.GetAsync(new Uri("/dashboard/api/view", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Start_ProductionWithoutAppId_FailsNamingTheSetting()
    {
        using var production = new ProductionWithoutAppId();

        var failure = Assert.Throws<InvalidOperationException>(() => production.Services);

        Assert.Contains("MicrosoftAppId", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Production", failure.Message, StringComparison.Ordinal);
    }

    private sealed class ProductionWithoutAppId : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("MicrosoftAppId", string.Empty);
            builder.UseSetting("Storage:Sqlite:Path", Path.Combine(Path.GetTempPath(), "opsrhythm-never-" + Guid.NewGuid().ToString("N"), "bot.db"));
        }
    }
}
