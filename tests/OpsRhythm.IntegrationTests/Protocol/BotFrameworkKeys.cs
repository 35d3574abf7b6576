using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OpsRhythm.IntegrationTests.Protocol;

/// <summary>
/// A stand-in for the Bot Framework's OpenID endpoint: RSA signing keys generated here, published as a JWKS
/// with "endorsements", behind local OpenID metadata; and tokens signed with them.
/// </summary>
internal sealed class BotFrameworkKeys : IDisposable
{
    public const string MetadataPath = "/v1/.well-known/openidconfiguration";
    public const string KeysPath = "/v1/.well-known/keys";
    public const string EntraMetadataPath = "/tenant-1/v2.0/.well-known/openid-configuration";
    public const string EntraKeysPath = "/tenant-1/discovery/v2.0/keys";

    private readonly Dictionary<string, RSA> _keys = [];
    private readonly List<(string Kid, string[]? Endorsements, bool Entra)> _published = [];
    private readonly Lock _lock = new();

    public int KeySetRequests;

    public RSA Key(string kid)
    {
        lock (_lock)
        {
            if (!_keys.TryGetValue(kid, out var key))
            {
                key = RSA.Create(2048);
                _keys[kid] = key;
            }

            return key;
        }
    }

    public void Publish(string kid, params string[]? endorsements)
    {
        Key(kid);
        lock (_lock)
        {
            _published.Add((kid, endorsements, false));
        }
    }

    public void PublishEntra(string kid)
    {
        Key(kid);
        lock (_lock)
        {
            _published.Add((kid, null, true));
        }
    }

    public async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        object? document = path switch
        {
            MetadataPath => new { issuer = "https://api.botframework.com", jwks_uri = origin + KeysPath, id_token_signing_alg_values_supported = new[] { "RS256" } },
            EntraMetadataPath => new { issuer = "https://login.microsoftonline.com/tenant-1/v2.0", jwks_uri = origin + EntraKeysPath },
            KeysPath => KeySet(entra: false),
            EntraKeysPath => KeySet(entra: true),
            _ => null,
        };

        if (path == KeysPath)
        {
            Interlocked.Increment(ref KeySetRequests);
        }

        if (document is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(document));
    }

    public string Token(string kid, Action<SecurityTokenDescriptor>? change = null)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com",
            Audience = BotFrameworkJwtAuthenticatorTests.AppId,
            IssuedAt = DateTime.UtcNow.AddMinutes(-1),
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddMinutes(59),
            Claims = new Dictionary<string, object> { ["serviceurl"] = BotFrameworkJwtAuthenticatorTests.ServiceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(Key(kid)) { KeyId = kid }, SecurityAlgorithms.RsaSha256),
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>An unsigned token ("alg":"none") with otherwise valid claims.</summary>
    public static string UnsignedToken(string kid)
    {
        var header = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new { alg = "none", typ = "JWT", kid }));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = "https://api.botframework.com",
            ["aud"] = BotFrameworkJwtAuthenticatorTests.AppId,
            ["nbf"] = now - 60,
            ["exp"] = now + 3600,
            ["serviceurl"] = BotFrameworkJwtAuthenticatorTests.ServiceUrl,
        }));
        return header + "." + payload + ".";
    }

    /// <summary>HS256 "signed" with the published RSA public key as the HMAC secret: the classic key-confusion attack.</summary>
    public string PublicKeyHmacToken(string kid)
    {
        var secret = Encoding.UTF8.GetBytes(Key(kid).ExportSubjectPublicKeyInfoPem());
        return Token(kid, d => d.SigningCredentials = new SigningCredentials(
            new SymmetricSecurityKey(secret) { KeyId = kid }, SecurityAlgorithms.HmacSha256));
    }

    public void Dispose()
    {
        foreach (var key in _keys.Values)
        {
            key.Dispose();
        }
    }

    private object KeySet(bool entra)
    {
        lock (_lock)
        {
            return new
            {
                keys = _published.Where(p => p.Entra == entra).Select(p =>
                {
                    var parameters = _keys[p.Kid].ExportParameters(includePrivateParameters: false);
                    var key = new Dictionary<string, object>
                    {
                        ["kty"] = "RSA",
                        ["use"] = "sig",
                        ["kid"] = p.Kid,
                        ["n"] = Base64UrlEncoder.Encode(parameters.Modulus!),
                        ["e"] = Base64UrlEncoder.Encode(parameters.Exponent!),
                    };
                    if (p.Endorsements is not null)
                    {
                        key["endorsements"] = p.Endorsements;
                    }

                    return key;
                }).ToList(),
            };
        }
    }
}
