using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OpsRhythm.Bench;

/// <summary>
/// Stands in for the Bot Connector's token service: one RSA key published as OpenID metadata and a JWKS
/// (endorsed for "msteams", like the real keys), channel tokens signed with it, and the bot's own outbound
/// token served the way an App Service managed-identity endpoint serves it.
/// </summary>
public sealed class LocalIssuer : IDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string KeyId = "bench-key-1";
    public const string IdentityHeader = "bench-identity-header";

    private static readonly string[] SigningAlgorithms = ["RS256"];
    private static readonly string[] AuthMethods = ["private_key_jwt"];
    private static readonly string[] Endorsements = ["msteams"];

    private readonly RSA _rsa = RSA.Create(2048);

    public LocalIssuer(string appId, string tenantId)
    {
        AppId = appId;
        TenantId = tenantId;
        BotToken = "bench-bot-token-" + Guid.NewGuid().ToString("N");
    }

    public string AppId { get; }

    public string TenantId { get; }

    /// <summary>The token the bots present to the fake connector.</summary>
    public string BotToken { get; }

    public static string MetadataPath => "/openid/.well-known/openidconfiguration";

    public static string KeysPath => "/openid/keys";

    public static string TokenPath => "/msi/token";

    public string MetadataJson(Uri baseAddress) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = new Uri(baseAddress, "/openid/authorize").ToString(),
        ["jwks_uri"] = new Uri(baseAddress, KeysPath).ToString(),
        ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
        ["token_endpoint_auth_methods_supported"] = AuthMethods,
    });

    public string KeysJson()
    {
        var parameters = _rsa.ExportParameters(false);
        var key = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = Endorsements,
        };
        return JsonSerializer.Serialize(new { keys = new[] { key } });
    }

    /// <summary>The managed-identity answer: the bot token, valid for an hour.</summary>
    public string TokenResponseJson() => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["access_token"] = BotToken,
        ["expires_on"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["resource"] = "https://api.botframework.com",
        ["token_type"] = "Bearer",
        ["client_id"] = AppId,
    });

    /// <summary>A channel token as the Bot Connector sends with each activity (one per service URL, reused until it expires).</summary>
    public string ChannelToken(string serviceUrl)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = AppId,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public void Dispose() => _rsa.Dispose();
}
