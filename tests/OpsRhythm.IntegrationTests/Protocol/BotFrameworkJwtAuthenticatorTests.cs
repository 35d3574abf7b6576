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

    [Theory]
    [InlineData("https://login.microsoftonline.com/tenant-1/v2.0")]
    [InlineData("https://sts.windows.net/tenant-1/")]
    public async Task AuthenticateAsync_EntraTokenOfTheBotsTenant_Allows(string issuer) =>
        Assert.Equal(InboundAuthResult.Allowed, await AuthenticateAsync(_keys.Token("entra-key", d => d.Issuer = issuer)));

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
