using System.Security.Cryptography;
using System.Text.Json;

namespace OpsRhythm.Protocol.Auth.Jwt;

/// <summary>
/// Decides whether a read token (<see cref="CompactJwtReader"/>) is trusted: RSA PKCS#1 v1.5 SHA-256 signature
/// by the published key, issuer one of the expected ones exactly, audience (a string or an array) naming one of
/// ours exactly, an expiry that has not passed and a not-before (when present) that has, both with
/// <see cref="ClockSkew"/> allowed.
/// </summary>
public static class JwtValidator
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Null when the token is trusted, else why it is not.</summary>
    public static string? Validate(
        CompactJwt jwt,
        RSA key,
        IReadOnlyCollection<string> issuers,
        IReadOnlyCollection<string> audiences,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(jwt);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(issuers);
        ArgumentNullException.ThrowIfNull(audiences);

        if (!VerifySignature(jwt, key))
        {
            return "the token's signature is not valid";
        }

        if (jwt.Issuer is not { } issuer || !issuers.Contains(issuer, StringComparer.Ordinal))
        {
            return "the token's issuer is not trusted";
        }

        if (!HasAudience(jwt.Claims, audiences))
        {
            return "the token is not for this app (aud)";
        }

        return CheckLifetime(jwt.Claims, now);
    }

    private static bool VerifySignature(CompactJwt jwt, RSA key)
    {
        try
        {
            return key.VerifyData(jwt.SigningInput, jwt.Signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static bool HasAudience(JsonElement claims, IReadOnlyCollection<string> audiences)
    {
        if (!claims.TryGetProperty("aud", out var aud))
        {
            return false;
        }

        return aud.ValueKind switch
        {
            JsonValueKind.String => audiences.Contains(aud.GetString()!, StringComparer.Ordinal),
            JsonValueKind.Array => aud.EnumerateArray().Any(a => a.ValueKind == JsonValueKind.String && audiences.Contains(a.GetString()!, StringComparer.Ordinal)),
            _ => false,
        };
    }

    private static string? CheckLifetime(JsonElement claims, DateTimeOffset now)
    {
        if (ReadTime(claims, "exp") is not { } expires)
        {
            return "the token has no expiry (exp)";
        }

        var notBefore = ReadTime(claims, "nbf");
        if (notBefore is null && claims.TryGetProperty("nbf", out _))
        {
            return "the token's not-before (nbf) is not a time";
        }

        var seconds = now.ToUnixTimeSeconds();
        var skew = ClockSkew.TotalSeconds;
        if (expires < seconds - skew)
        {
            return "the token has expired";
        }

        if (notBefore is { } from && (from > seconds + skew || from > expires))
        {
            return "the token is not valid yet";
        }

        return null;
    }

    /// <summary>A NumericDate (seconds since 1970, RFC 7519 §2); null when missing or not a number.</summary>
    private static double? ReadTime(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var time)
            ? time
            : null;
}
