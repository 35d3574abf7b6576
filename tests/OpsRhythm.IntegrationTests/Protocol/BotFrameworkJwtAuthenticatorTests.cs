using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Auth;

namespace OpsRhythm.IntegrationTests.Protocol;

/// <summary>The inbound token check against signing keys and OpenID metadata served over real HTTP.</summary>
public sealed class BotFrameworkJwtAuthenticatorTests(BotFrameworkMetadataFixture metadata) : IClassFixture<BotFrameworkMetadataFixture>, IDisposable
{
    public const string AppId = "3f1c2e4a-0000-4000-8000-00000000b075";
    public const string ServiceUrl = "https://smba.trafficmanager.net/apac/";
    private const string Tenant = "tenant-1";
    private const string EntraV2Issuer = "https://login.microsoftonline.com/tenant-1/v2.0";
    private const string EntraV1Issuer = "https://sts.windows.net/tenant-1/";

    /// <summary>The Teams desktop/web client, which asks for the SSO token on the dashboard's behalf.</summary>
    private const string TeamsClientId = "5e3ce6c0-2b1f-4285-8d4b-75ee78787346";
    private const string OtherAppId = "0b7f3a51-1111-4a5e-9b0e-00000000a991";
    private const string CallerAppId = "6d2c8e17-2222-4c1d-8f3a-00000000c411";

    private readonly BotFrameworkKeys _keys = metadata.Keys;
    private readonly List<BotFrameworkJwtAuthenticator> _authenticators = [];

    public void Dispose() => _authenticators.ForEach(a => a.Dispose());

    [Fact]
    public async Task AuthenticateAsync_ValidTeamsToken_Allows() =>
        Assert.Equal(InboundAuthResult.Allowed, await AuthenticateAsync(_keys.Token("teams-key")));

    [Fact]
    public async Task AuthenticateAsync_NoAuthorizationHeader_Unauthorized() =>
        Assert.Equal(InboundAuthResult.Unauthorized, await AuthenticateAsync(token: null));

    [Fact]
    public async Task AuthenticateAsync_BasicScheme_Unauthorized()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = "Basic Ym90OnNlY3JldA==";

        Assert.Equal(InboundAuthResult.Unauthorized, await Authenticator().AuthenticateAsync(context, Activity(), CancellationToken.None));
    }

    [Fact]
    public async Task AuthenticateAsync_NotAJwt_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync("not-a-token"));

    [Fact]
    public async Task AuthenticateAsync_Expired_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.Token("teams-key", d =>
        {
            d.IssuedAt = DateTime.UtcNow.AddHours(-2);
            d.NotBefore = DateTime.UtcNow.AddHours(-2);
            d.Expires = DateTime.UtcNow.AddMinutes(-6);
        })));

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinClockSkew_Allows() =>
        Assert.Equal(InboundAuthResult.Allowed, await AuthenticateAsync(_keys.Token("teams-key", d =>
        {
            d.IssuedAt = DateTime.UtcNow.AddHours(-1);
            d.NotBefore = DateTime.UtcNow.AddHours(-1);
            d.Expires = DateTime.UtcNow.AddMinutes(-3);
        })));

    [Fact]
    public async Task AuthenticateAsync_NotYetValid_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.Token("teams-key", d =>
        {
            d.IssuedAt = DateTime.UtcNow.AddMinutes(10);
            d.NotBefore = DateTime.UtcNow.AddMinutes(10);
            d.Expires = DateTime.UtcNow.AddHours(1);
        })));

    [Fact]
    public async Task AuthenticateAsync_WrongIssuer_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.Token("teams-key", d => d.Issuer = "https://sts.windows.net/other-tenant/")));

    [Fact]
    public async Task AuthenticateAsync_WrongAudience_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.Token("teams-key", d => d.Audience = "another-bot")));

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlClaimDiffers_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.Token("teams-key", d => d.Claims["serviceurl"] = "https://attacker.example/")));

    [Fact]
    public async Task AuthenticateAsync_NoServiceUrlClaim_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.Token("teams-key", d => d.Claims.Remove("serviceurl"))));

    [Fact]
    public async Task AuthenticateAsync_UnknownKeyId_ForbiddenAfterOneRefresh()
    {
        var authenticator = Authenticator();
        Assert.Equal(InboundAuthResult.Allowed, await AuthenticateAsync(_keys.Token("teams-key"), authenticator));
        var fetched = _keys.KeySetRequests;

        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.Token("unpublished-key"), authenticator));
        Assert.Equal(fetched + 1, _keys.KeySetRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKeyIdsInARow_RefreshAtMostOnce()
    {
        var authenticator = Authenticator();
        Assert.Equal(InboundAuthResult.Allowed, await AuthenticateAsync(_keys.Token("teams-key"), authenticator));
        var fetched = _keys.KeySetRequests;

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.Token($"made-up-key-{i}"), authenticator));
        }

        Assert.Equal(fetched + 1, _keys.KeySetRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyPublishedAfterCaching_RefreshesOnceThenAllows()
    {
        var authenticator = Authenticator();
        Assert.Equal(InboundAuthResult.Allowed, await AuthenticateAsync(_keys.Token("teams-key"), authenticator));
        var fetched = _keys.KeySetRequests;

        _keys.Publish("rotated-key", "msteams");

        Assert.Equal(InboundAuthResult.Allowed, await AuthenticateAsync(_keys.Token("rotated-key"), authenticator));
        Assert.Equal(InboundAuthResult.Allowed, await AuthenticateAsync(_keys.Token("rotated-key"), authenticator));
        Assert.Equal(fetched + 1, _keys.KeySetRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_SignedByAnotherKeyWithAPublishedKeyId_Forbidden()
    {
        using var impostor = new BotFrameworkKeys();

        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(impostor.Token("teams-key")));
    }

    [Fact]
    public async Task AuthenticateAsync_TamperedPayload_Forbidden()
    {
        var parts = _keys.Token("teams-key").Split('.');
        var claims = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[1]))!;
        claims["aud"] = JsonSerializer.SerializeToElement(AppId);
        claims["tid"] = JsonSerializer.SerializeToElement("tampered");
        parts[1] = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(JsonSerializer.Serialize(claims));

        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(string.Join('.', parts)));
    }

    [Fact]
    public async Task AuthenticateAsync_AlgorithmNone_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(BotFrameworkKeys.UnsignedToken("teams-key")));

    [Fact]
    public async Task AuthenticateAsync_Hs256SignedWithThePublicKey_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.PublicKeyHmacToken("teams-key")));

    [Fact]
    public async Task AuthenticateAsync_KeyNotEndorsedForTeams_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.Token("webchat-key")));

    [Fact]
    public async Task AuthenticateAsync_KeyWithoutEndorsements_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.Token("bare-key")));

    [Fact]
    public async Task AuthenticateAsync_ActivityFromAnotherTenant_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.Token("teams-key"), activity: Activity(tenant: "other-tenant")));

    [Fact]
    public async Task AuthenticateAsync_ActivityWithoutTenant_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.Token("teams-key"), activity: Activity() with { ChannelData = null }));

    [Fact]
    public async Task AuthenticateAsync_AllowedPartnerTenant_Allows() =>
        Assert.Equal(InboundAuthResult.Allowed, await AuthenticateAsync(
            _keys.Token("teams-key"), Authenticator(o => o.MicrosoftAppAllowedTenantIds.Add("partner-tenant")), Activity(tenant: "partner-tenant")));

    [Fact]
    public async Task AuthenticateAsync_ChannelNotEndorsed_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.Token("teams-key"), activity: Activity() with { ChannelId = "webchat" }));

    /// <summary>What every member's dashboard tab receives from Teams SSO: audience = the bot's app id (issue 13).</summary>
    [Theory]
    [InlineData("https://login.microsoftonline.com/tenant-1/v2.0")]
    [InlineData("https://sts.windows.net/tenant-1/")]
    public async Task AuthenticateAsync_SsoUserTokenOfTheBotsTenant_Forbidden(string issuer) =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.Token("entra-key", d => SsoUserToken(d, issuer))));

    [Fact]
    public async Task AuthenticateAsync_SsoUserTokenEvenWithCallersAllowed_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(
            _keys.Token("entra-key", d => SsoUserToken(d, EntraV2Issuer)), Authenticator(o => o.MicrosoftAppAllowedCallerAppIds.Add(TeamsClientId))));

    [Fact]
    public async Task AuthenticateAsync_AppOnlyTokenOfAnotherApp_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.Token("entra-key", d => AppOnlyToken(d, OtherAppId))));

    [Fact]
    public async Task AuthenticateAsync_AppOnlyTokenOfAnUnlistedApp_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(
            _keys.Token("entra-key", d => AppOnlyToken(d, OtherAppId)), Authenticator(o => o.MicrosoftAppAllowedCallerAppIds.Add(CallerAppId))));

    [Fact]
    public async Task AuthenticateAsync_V1TokenForApiAudience_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.Token("entra-key", d =>
        {
            d.Issuer = EntraV1Issuer;
            d.Audience = $"api://{AppId}";
            d.Claims["appid"] = OtherAppId;
            d.Claims["ver"] = "1.0";
        })));

    [Fact]
    public async Task AuthenticateAsync_ApiAudienceEvenFromAnAllowedCaller_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(
            _keys.Token("entra-key", d => { AppOnlyToken(d, CallerAppId); d.Audience = $"api://{AppId}"; }),
            Authenticator(o => o.MicrosoftAppAllowedCallerAppIds.Add(CallerAppId))));

    [Theory]
    [InlineData("https://login.microsoftonline.com/tenant-1/v2.0", "azp")]
    [InlineData("https://sts.windows.net/tenant-1/", "appid")]
    public async Task AuthenticateAsync_AppOnlyTokenOfAnAllowedCaller_Allows(string issuer, string callerClaim) =>
        Assert.Equal(InboundAuthResult.Allowed, await AuthenticateAsync(
            _keys.Token("entra-key", d => { AppOnlyToken(d, CallerAppId, callerClaim); d.Issuer = issuer; }),
            Authenticator(o => o.MicrosoftAppAllowedCallerAppIds.Add(CallerAppId))));

    [Fact]
    public async Task AuthenticateAsync_AllowedCallerWithoutServiceUrlClaim_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(
            _keys.Token("entra-key", d => { AppOnlyToken(d, CallerAppId); d.Claims.Remove("serviceurl"); }),
            Authenticator(o => o.MicrosoftAppAllowedCallerAppIds.Add(CallerAppId))));

    [Fact]
    public async Task AuthenticateAsync_AllowedCallerWithoutIdtyp_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(
            _keys.Token("entra-key", d => { AppOnlyToken(d, CallerAppId); d.Claims.Remove("idtyp"); }),
            Authenticator(o => o.MicrosoftAppAllowedCallerAppIds.Add(CallerAppId))));

    [Fact]
    public async Task AuthenticateAsync_EntraIssuerSignedWithBotFrameworkKey_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.Token("teams-key", d => d.Issuer = "https://login.microsoftonline.com/tenant-1/v2.0")));

    [Fact]
    public async Task AuthenticateAsync_BotFrameworkIssuerSignedWithEntraKey_Forbidden() =>
        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.Token("entra-key")));

    [Fact]
    public async Task AuthenticateAsync_MetadataUnreachable_Forbidden()
    {
        var authenticator = Authenticator(o => o.BotOpenIdMetadata = new Uri(metadata.BaseAddress, "/missing/openidconfiguration"));

        Assert.Equal(InboundAuthResult.Forbidden, await AuthenticateAsync(_keys.Token("teams-key"), authenticator));
    }

    internal static void SsoUserToken(Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor descriptor, string issuer = EntraV2Issuer)
    {
        descriptor.Issuer = issuer;
        descriptor.Claims["ver"] = "2.0";
        descriptor.Claims["scp"] = "access_as_user";
        descriptor.Claims["azp"] = TeamsClientId;
        descriptor.Claims["oid"] = "oid-of-an-ordinary-member";
        descriptor.Claims["tid"] = Tenant;
    }

    internal static void AppOnlyToken(Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor descriptor, string callerAppId, string callerClaim = "azp")
    {
        descriptor.Issuer = EntraV2Issuer;
        descriptor.Claims["ver"] = "2.0";
        descriptor.Claims["idtyp"] = "app";
        descriptor.Claims[callerClaim] = callerAppId;
        descriptor.Claims["tid"] = Tenant;
    }

    private BotFrameworkJwtAuthenticator Authenticator(Action<BotAuthenticationOptions>? change = null)
    {
        var options = new BotAuthenticationOptions
        {
            MicrosoftAppId = AppId,
            MicrosoftAppPassword = "unused",
            MicrosoftAppTenantId = Tenant,
            BotOpenIdMetadata = new Uri(metadata.BaseAddress, BotFrameworkKeys.MetadataPath),
            EntraOpenIdMetadata = new Uri(metadata.BaseAddress, BotFrameworkKeys.EntraMetadataPath),
        };
        change?.Invoke(options);
        var authenticator = new BotFrameworkJwtAuthenticator(
            Options.Create(options),
            metadata.Services.GetRequiredService<IHttpClientFactory>(),
            TimeProvider.System,
            NullLogger<BotFrameworkJwtAuthenticator>.Instance);
        _authenticators.Add(authenticator);
        return authenticator;
    }

    private async Task<InboundAuthResult> AuthenticateAsync(string? token, BotFrameworkJwtAuthenticator? authenticator = null, Activity? activity = null)
    {
        var context = new DefaultHttpContext();
        if (token is not null)
        {
            context.Request.Headers.Authorization = "Bearer " + token;
        }

        return await (authenticator ?? Authenticator()).AuthenticateAsync(context, activity ?? Activity(), CancellationToken.None);
    }

    private static Activity Activity(string tenant = Tenant) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount("a:1personal"),
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = tenant } }),
    };
}
