using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace OpsRhythm.Protocol.Auth.Jwt;

/// <summary>
/// Reads an issuer's published JSON Web Key Set (RFC 7517) into RSA verification keys by key id, with the
/// Bot Framework's endorsements of each. Only RSA signing keys for RS256 are kept, from their modulus and
/// exponent or else their first X.509 certificate, and only of 2,048 to 8,192 bits; anything else is skipped.
/// </summary>
internal static class JsonWebKeySetReader
{
    private const int MinimumKeyBits = 2048;
    private const int MaximumKeyBits = 8192;

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 16 };

    /// <exception cref="JsonException">The document is not JSON.</exception>
    public static IReadOnlyDictionary<string, SigningKeyMatch> Read(ReadOnlyMemory<byte> utf8)
    {
        using var document = JsonDocument.Parse(utf8, JsonOptions);
        var keys = new Dictionary<string, SigningKeyMatch>(StringComparer.Ordinal);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("keys", out var list)
            || list.ValueKind != JsonValueKind.Array)
        {
            return keys;
        }

        foreach (var jwk in list.EnumerateArray())
        {
            if (jwk.ValueKind == JsonValueKind.Object && KeyId(jwk) is { } kid && !keys.ContainsKey(kid) && CreateKey(jwk) is { } rsa)
            {
                keys[kid] = new SigningKeyMatch(rsa, SigningKeyEndorsements.Read(jwk));
            }
        }

        return keys;
    }

    private static string? KeyId(JsonElement jwk)
    {
        var usable = String(jwk, "kty") == "RSA"
            && (!jwk.TryGetProperty("use", out _) || String(jwk, "use") == "sig")
            && (!jwk.TryGetProperty("alg", out _) || String(jwk, "alg") == CompactJwtReader.Algorithm);
        return usable && String(jwk, "kid") is { Length: > 0 } kid ? kid : null;
    }

    private static RSA? CreateKey(JsonElement jwk)
    {
        RSA? rsa = null;
        try
        {
            rsa = String(jwk, "n") is { } n && String(jwk, "e") is { } e ? FromModulus(n, e) : FromCertificate(jwk);
            if (rsa is not null && rsa.KeySize is >= MinimumKeyBits and <= MaximumKeyBits)
            {
                return rsa;
            }
        }
        catch (CryptographicException)
        {
        }
        catch (FormatException)
        {
        }

        rsa?.Dispose();
        return null;
    }

    private static RSA? FromModulus(string n, string e)
    {
        if (Base64UrlText.TryDecode(n) is not { } modulus || Base64UrlText.TryDecode(e) is not { } exponent || exponent.Length is 0 or > 8)
        {
            return null;
        }

        var start = Array.FindIndex(modulus, b => b != 0);
        if (start < 0 || (modulus.Length - start) * 8 > MaximumKeyBits)
        {
            return null;
        }

        return RSA.Create(new RSAParameters { Modulus = modulus[start..], Exponent = exponent });
    }

    /// <summary>The public key of the key's first certificate (x5c holds standard base64 DER, RFC 7517 §4.7).</summary>
    private static RSA? FromCertificate(JsonElement jwk)
    {
        if (!jwk.TryGetProperty("x5c", out var chain) || chain.ValueKind != JsonValueKind.Array || chain.GetArrayLength() == 0
            || chain[0].ValueKind != JsonValueKind.String)
        {
            return null;
        }

        using var certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(chain[0].GetString()!));
        return certificate.GetRSAPublicKey();
    }

    private static string? String(JsonElement jwk, string name) =>
        jwk.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
