using System.Text;
using System.Text.Json;

namespace OpsRhythm.Protocol.Auth.Jwt;

/// <summary>
/// Reads a bearer token as a JWS in compact form (RFC 7515 §7.1) before anything is trusted: three base64url
/// parts, a header that asks for exactly RS256 with a key id and nothing the reader does not understand
/// (<c>crit</c>; <c>enc</c> or <c>zip</c>, which mean an encrypted or compressed token), and JSON objects
/// without duplicate members. Every part is size-limited before it is decoded, so a hostile token costs at
/// most a few kilobytes. Keys named in the header (<c>jku</c>, <c>x5u</c>, <c>jwk</c>, <c>x5c</c>) are never
/// read: the only keys are those the issuer publishes.
/// </summary>
public static class CompactJwtReader
{
    /// <summary>Entra tokens with many claims reach a few kilobytes; Kestrel's own header limit is 32 KiB.</summary>
    public const int MaxTokenLength = 16 * 1024;

    /// <summary>Encoded length of the header; real ones (alg, kid, typ, x5t) are under 300 characters.</summary>
    public const int MaxHeaderLength = 1024;

    /// <summary>An RS256 signature is as long as the key: 1,366 characters for an 8,192-bit key.</summary>
    public const int MaxSignatureLength = 1366;

    public const string Algorithm = "RS256";

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        MaxDepth = 16,
        AllowDuplicateProperties = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>Null when <paramref name="token"/> is a readable RS256 JWS, else why it is not.</summary>
    public static string? TryRead(string token, out CompactJwt? jwt)
    {
        ArgumentNullException.ThrowIfNull(token);
        jwt = null;
        if (token.Length > MaxTokenLength)
        {
            return "the token is too long";
        }

        var first = token.IndexOf('.', StringComparison.Ordinal);
        var second = first < 0 ? -1 : token.IndexOf('.', first + 1);
        if (first <= 0 || second < 0 || second == first + 1 || token.IndexOf('.', second + 1) >= 0)
        {
            return "the token is not a JWS of three parts";
        }

        var headerText = token.AsSpan(0, first);
        if (headerText.Length > MaxHeaderLength)
        {
            return "the token's header is too long";
        }

        if (ReadObject(headerText) is not { } header)
        {
            return "the token's header is not base64url JSON";
        }

        if (CheckHeader(header, out var keyId) is { } headerFailure)
        {
            return headerFailure;
        }

        var signatureText = token.AsSpan(second + 1);
        if (signatureText.Length == 0)
        {
            return "the token is not signed";
        }

        if (signatureText.Length > MaxSignatureLength || Base64UrlText.TryDecode(signatureText) is not { } signature)
        {
            return "the token's signature is not base64url of a plausible length";
        }

        if (ReadObject(token.AsSpan(first + 1, second - first - 1)) is not { } claims)
        {
            return "the token's payload is not base64url JSON";
        }

        jwt = new CompactJwt(keyId!, claims, Encoding.ASCII.GetBytes(token, 0, second), signature);
        return null;
    }

    // Checked before any key is looked up so that "none" and HS256 (with the public key as secret) never get near a key.
    private static string? CheckHeader(JsonElement header, out string? keyId)
    {
        keyId = null;
        if (!header.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || !alg.ValueEquals(Algorithm))
        {
            return "the token is not signed with RS256";
        }

        if (header.TryGetProperty("crit", out _))
        {
            return "the token has critical header parameters";
        }

        if (header.TryGetProperty("enc", out _) || header.TryGetProperty("zip", out _))
        {
            return "the token is encrypted or compressed";
        }

        keyId = header.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String ? kid.GetString() : null;
        return string.IsNullOrEmpty(keyId) ? "the token names no signing key" : null;
    }

    private static JsonElement? ReadObject(ReadOnlySpan<char> part)
    {
        if (Base64UrlText.TryDecode(part) is not { } utf8)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(utf8, JsonOptions);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
