using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace OpsRhythm.UnitTests.Protocol.Jwt;

/// <summary>Hand-made compact JWS tokens, so that a test controls every byte of the header and the payload.</summary>
internal static class TestJwt
{
    public const string Issuer = "https://api.botframework.com";
    public const string Audience = "app-1";

    /// <summary>One 2,048-bit key for the whole class (generation is slow on small machines).</summary>
    public static readonly RSA Key = RSA.Create(2048);

    public static readonly RSA OtherKey = RSA.Create(2048);

    public static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    public static string Header(string kid = "k1", string alg = "RS256") => $$"""{"alg":"{{alg}}","typ":"JWT","kid":"{{kid}}"}""";

    public static string Payload(long? exp = null, long? nbf = null, string aud = $"\"{Audience}\"", string iss = Issuer)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var notBefore = nbf ?? now - 60;
        return $$"""{"iss":"{{iss}}","aud":{{aud}},"nbf":{{notBefore}},"exp":{{exp ?? now + 3600}},"serviceurl":"https://smba.example/"}""";
    }

    /// <summary>The header and payload as given, signed RS256 with <paramref name="key"/> (default <see cref="Key"/>).</summary>
    public static string Sign(string header, string payload, RSA? key = null)
    {
        var input = Encode(header) + "." + Encode(payload);
        var signature = (key ?? Key).SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return input + "." + Base64Url.EncodeToString(signature);
    }

    public static string Valid() => Sign(Header(), Payload());
}
