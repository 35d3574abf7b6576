using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using OpsRhythm.Protocol.Auth.Jwt;
using static OpsRhythm.UnitTests.Protocol.Jwt.TestJwt;

namespace OpsRhythm.UnitTests.Protocol.Jwt;

/// <summary>Which published keys become verification keys, and that they verify what the matching private key signed.</summary>
public sealed class JsonWebKeySetReaderTests
{
    [Fact]
    public void Read_ModulusAndExponent_KeyVerifiesItsTokens()
    {
        var keys = Read(Jwk("k1"));

        Assert.Null(CompactJwtReader.TryRead(Valid(), out var jwt));
        Assert.Null(JwtValidator.Validate(jwt!, keys["k1"].Key, [Issuer], [Audience], DateTimeOffset.UtcNow));
        Assert.Equal(["msteams"], keys["k1"].Endorsements);
    }

    [Fact]
    public void Read_CertificateOnly_KeyVerifiesItsTokens()
    {
        var request = new CertificateRequest("CN=signing", Key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var keys = Read($$"""{"kty":"RSA","use":"sig","kid":"k1","x5c":["{{Convert.ToBase64String(certificate.RawData)}}"]}""");

        Assert.Null(CompactJwtReader.TryRead(Valid(), out var jwt));
        Assert.Null(JwtValidator.Validate(jwt!, keys["k1"].Key, [Issuer], [Audience], DateTimeOffset.UtcNow));
    }

    [Theory]
    [InlineData("\"kty\":\"EC\"")]
    [InlineData("\"use\":\"enc\"")]
    [InlineData("\"alg\":\"RS512\"")]
    [InlineData("\"kid\":\"\"")]
    [InlineData("\"kid\":7")]
    [InlineData("\"n\":\"not+base64url\"")]
    [InlineData("\"e\":\"\"")]
    public void Read_KeyNotAnRs256SigningKey_Skipped(string change)
    {
        var member = change[..(change.IndexOf(':', StringComparison.Ordinal) + 1)];
        var jwk = Jwk("k1");
        var start = jwk.IndexOf(member, StringComparison.Ordinal);
        jwk = start < 0 ? jwk.Insert(1, change + ",") : jwk[..start] + change + jwk[jwk.IndexOf(',', start)..];

        Assert.Empty(Read(jwk));
    }

    [Fact]
    public void Read_KeyShorterThan2048Bits_Skipped()
    {
        using var small = RSA.Create(1024);

        Assert.Empty(Read(Jwk("k1", small)));
    }

    [Fact]
    public void Read_TwoKeysWithOneKid_FirstCounts()
    {
        var keys = Read(Jwk("k1") + "," + Jwk("k1", OtherKey));

        Assert.Equal(Key.ExportParameters(false).Modulus, keys["k1"].Key.ExportParameters(false).Modulus);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"keys":{}}""")]
    [InlineData("""{"keys":[1,"a",null]}""")]
    public void Read_NoKeyList_Empty(string json) => Assert.Empty(JsonWebKeySetReader.Read(Encoding.UTF8.GetBytes(json)));

    private static IReadOnlyDictionary<string, OpsRhythm.Protocol.Auth.SigningKeyMatch> Read(string keys) =>
        JsonWebKeySetReader.Read(Encoding.UTF8.GetBytes("{\"keys\":[" + keys + "]}"));

    private static string Jwk(string kid, RSA? key = null)
    {
        var parameters = (key ?? Key).ExportParameters(includePrivateParameters: false);
        return $$"""{"kty":"RSA","use":"sig","kid":"{{kid}}","n":"{{Base64Url.EncodeToString(parameters.Modulus)}}","e":"{{Base64Url.EncodeToString(parameters.Exponent)}}","endorsements":["msteams"]}""";
    }
}
