using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpsRhythm.Bot.Dashboard;
using OpsRhythm.IntegrationTests.Protocol;

namespace OpsRhythm.IntegrationTests.Dashboard;

/// <summary>
/// The tab's Teams SSO token checked by the real bot against a local Entra stand-in (OpenID metadata and
/// keys generated in the test): issuer, audience, tenant, signature, lifetime, and the person it maps to.
/// </summary>
public sealed class TeamsSsoTests(BotFrameworkMetadataFixture metadata) : IClassFixture<BotFrameworkMetadataFixture>, IDisposable
{
    private const string ClientId = "7d1c2e4a-0000-4000-8000-0000000da5b0";
    private const string ApplicationIdUri = "api://dashboard.example.test/" + ClientId;
    private const string Issuer = "https://login.microsoftonline.com/tenant-1/v2.0";
    private const string LiQiangObjectId = "00000000-0000-0000-0000-0000000000021";

    private DashboardServer? _server;

    private DashboardServer Server => _server ??= new DashboardServer(new Dictionary<string, string?>
    {
        ["Dashboard:SsoClientId"] = ClientId,
        ["Dashboard:SsoTenantId"] = "tenant-1",
        ["Dashboard:SsoApplicationIdUri"] = ApplicationIdUri,
        ["Dashboard:SsoOpenIdMetadata"] = new Uri(metadata.BaseAddress, BotFrameworkKeys.EntraMetadataPath).AbsoluteUri,
    });

    public void Dispose() => _server?.Dispose();

    [Fact]
    public async Task View_ValidTokenForTheApplicationIdUri_ViewerIsThePersonWithThatObjectId()
    {
        using var response = await GetViewAsync(Token());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await response.Content.ReadFromJsonAsync<DashboardView>(JsonSerializerOptions.Web);
        Assert.Equal("li-qiang", view!.Viewer.PersonId);
        Assert.False(view.Viewer.SignedInLocally);
    }

    [Fact]
    public async Task View_TokenForTheClientId_Accepted()
    {
        using var response = await GetViewAsync(Token(d => d.Audience = ClientId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task View_PersonWithoutObjectIdSignsInWithTheirEmail_MapsByEmail()
    {
        using var response = await GetViewAsync(Token(d =>
        {
            d.Claims["oid"] = Guid.NewGuid().ToString();
            d.Claims["preferred_username"] = "SUN.HAO@huacai.example";
        }));
        var view = await response.Content.ReadFromJsonAsync<DashboardView>(JsonSerializerOptions.Web);
        Assert.Equal("sun-hao", view!.Viewer.PersonId);
    }

    /// <summary>Issue 13: 张伟 has an object id, so another account carrying his sign-in name is not him.</summary>
    [Fact]
    public async Task View_AnotherAccountWithTheSignInNameOfAPersonWithAnObjectId_Forbidden()
    {
        using var response = await GetViewAsync(Token(d =>
        {
            d.Claims["oid"] = Guid.NewGuid().ToString();
            d.Claims["preferred_username"] = "ZHANG.WEI@huacai.example";
        }));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>
    /// Issue 13: with only the bot's identity configured (as the Bicep deploys it) the tab's token, issued to
    /// MicrosoftAppId in MicrosoftAppTenantId, is accepted.
    /// </summary>
    [Fact]
    public async Task View_NoDashboardSettings_ClientIdAndTenantDefaultFromTheBotsIdentity()
    {
        using var server = new DashboardServer(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = BotFrameworkJwtAuthenticatorTests.AppId,
            ["MicrosoftAppPassword"] = "unused",
            ["MicrosoftAppTenantId"] = "tenant-1",
            ["BotOpenIdMetadata"] = new Uri(metadata.BaseAddress, BotFrameworkKeys.MetadataPath).AbsoluteUri,
            ["Dashboard:SsoOpenIdMetadata"] = new Uri(metadata.BaseAddress, BotFrameworkKeys.EntraMetadataPath).AbsoluteUri,
        });
        using var client = server.CreateBrowserClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/api/view");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(d => d.Audience = BotFrameworkJwtAuthenticatorTests.AppId));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await response.Content.ReadFromJsonAsync<DashboardView>(JsonSerializerOptions.Web);
        Assert.Equal("li-qiang", view!.Viewer.PersonId);
    }

    [Fact]
    public async Task View_PersonNotInTheOrganisation_Forbidden()
    {
        using var response = await GetViewAsync(Token(d => d.Claims["oid"] = Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    public static TheoryData<string> BadTokens => ["audience", "issuer", "tenant", "expired", "unknown-key", "unsigned"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task View_BadToken_Unauthorized(string flaw)
    {
        var token = flaw switch
        {
            "audience" => Token(d => d.Audience = "api://elsewhere.example.test/" + ClientId),
            "issuer" => Token(d => d.Issuer = "https://login.microsoftonline.com/tenant-2/v2.0"),
            "tenant" => Token(d => d.Claims["tid"] = "tenant-2"),
            "expired" => Token(d =>
            {
                d.IssuedAt = DateTime.UtcNow.AddHours(-2);
                d.NotBefore = DateTime.UtcNow.AddHours(-2);
                d.Expires = DateTime.UtcNow.AddMinutes(-30);
            }),
            "unknown-key" => Token(kid: "never-published"),
            _ => BotFrameworkKeys.UnsignedToken("entra-key"),
        };
        using var response = await GetViewAsync(token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void Options_ClientIdWithoutTenant_FailValidationNamingTheSetting()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Dashboard:SsoClientId"] = ClientId })
            .Build();
        var setup = new DashboardOptionsSetup(configuration);
        var result = setup.Validate(null, new DashboardOptions { SsoClientId = ClientId, SsoApplicationIdUri = "https://wrong/" + ClientId });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("Dashboard:SsoTenantId", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("Dashboard:SsoApplicationIdUri", StringComparison.Ordinal));
    }

    [Fact]
    public void Start_ClientIdWithoutTenant_FailsAtStart()
    {
        using var server = new DashboardServer(new Dictionary<string, string?> { ["Dashboard:SsoClientId"] = ClientId });
        Assert.Throws<OptionsValidationException>(() => server.Address);
    }

    private async Task<HttpResponseMessage> GetViewAsync(string token)
    {
        using var client = Server.CreateBrowserClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/api/view");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    private string Token(Action<SecurityTokenDescriptor>? change = null, string kid = "entra-key") =>
        metadata.Keys.Token(kid, d =>
        {
            d.Issuer = Issuer;
            d.Audience = ApplicationIdUri;
            d.Claims = new Dictionary<string, object> { ["tid"] = "tenant-1", ["oid"] = LiQiangObjectId, ["scp"] = "access_as_user" };
            change?.Invoke(d);
        });
}
