using System.Text.Json;

namespace OpsRhythm.Protocol.Auth.Jwt;

/// <summary>
/// A JWT in JWS compact form, read but not yet trusted: its RS256 header's key id, its claims, and what its
/// signature covers. Made only by <see cref="CompactJwtReader"/>; trusted only after <see cref="JwtValidator"/>.
/// </summary>
public sealed class CompactJwt
{
    internal CompactJwt(string keyId, JsonElement claims, byte[] signingInput, byte[] signature)
    {
        KeyId = keyId;
        Claims = claims;
        SigningInput = signingInput;
        Signature = signature;
    }

    /// <summary>The header's <c>kid</c>: which published key the issuer says it signed with.</summary>
    public string KeyId { get; }

    /// <summary>The <c>iss</c> claim when it is a string.</summary>
    public string? Issuer => GetString("iss");

    internal JsonElement Claims { get; }

    /// <summary>The ASCII of "header.payload", which the signature covers.</summary>
    internal byte[] SigningInput { get; }

    internal byte[] Signature { get; }

    /// <summary>The claim's value when it is a JSON string; null when it is missing or of another type.</summary>
    public string? GetString(string name) =>
        Claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Whether the claim is present, whatever its value.</summary>
    public bool Has(string name) => Claims.TryGetProperty(name, out _);
}
