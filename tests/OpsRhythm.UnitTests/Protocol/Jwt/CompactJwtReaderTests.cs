using OpsRhythm.Protocol.Auth.Jwt;
using static OpsRhythm.UnitTests.Protocol.Jwt.TestJwt;

namespace OpsRhythm.UnitTests.Protocol.Jwt;

/// <summary>What the reader refuses before any key is looked up: the token's shape, header and encoding.</summary>
public sealed class CompactJwtReaderTests
{
    [Fact]
    public void TryRead_SignedRs256WithKid_ReadsKeyIdAndClaims()
    {
        Assert.Null(CompactJwtReader.TryRead(Valid(), out var jwt));
        Assert.Equal("k1", jwt!.KeyId);
        Assert.Equal(Issuer, jwt.Issuer);
        Assert.Equal("https://smba.example/", jwt.GetString("serviceurl"));
    }

    public static TheoryData<string> RefusedAlgorithms => ["none", "None", "HS256", "RS512", "PS256", "ES256", "rs256", "RS256 ", ""];

    [Theory]
    [MemberData(nameof(RefusedAlgorithms))]
    public void TryRead_AlgorithmOtherThanRs256_Refused(string alg) =>
        Assert.Equal("the token is not signed with RS256", Failure(Sign(Header(alg: alg), Payload())));

    [Fact]
    public void TryRead_AlgorithmNoneWithEmptySignature_Refused() =>
        Assert.NotNull(Failure(Encode(Header(alg: "none")) + "." + Encode(Payload()) + "."));

    [Fact]
    public void TryRead_AlgorithmNotAString_Refused() =>
        Assert.Equal("the token is not signed with RS256", Failure(Sign("""{"alg":["RS256"],"kid":"k1"}""", Payload())));

    [Theory]
    [InlineData("""{"alg":"RS256","typ":"JWT"}""")]
    [InlineData("""{"alg":"RS256","kid":""}""")]
    [InlineData("""{"alg":"RS256","kid":42}""")]
    [InlineData("""{"alg":"RS256","kid":null}""")]
    public void TryRead_NoKeyId_Refused(string header) =>
        Assert.Equal("the token names no signing key", Failure(Sign(header, Payload())));

    [Fact]
    public void TryRead_CriticalHeader_Refused() =>
        Assert.Equal("the token has critical header parameters", Failure(Sign("""{"alg":"RS256","kid":"k1","crit":["exp"],"exp":1}""", Payload())));

    [Theory]
    [InlineData("""{"alg":"RS256","kid":"k1","enc":"A256GCM"}""")]
    [InlineData("""{"alg":"RS256","kid":"k1","zip":"DEF"}""")]
    public void TryRead_EncryptedOrCompressed_Refused(string header) =>
        Assert.Equal("the token is encrypted or compressed", Failure(Sign(header, Payload())));

    /// <summary>A second "alg" must not be able to hide behind the first one (which member wins differs between parsers).</summary>
    [Theory]
    [InlineData("""{"alg":"RS256","alg":"none","kid":"k1"}""")]
    [InlineData("""{"alg":"none","alg":"RS256","kid":"k1"}""")]
    [InlineData("""{"alg":"RS256","kid":"k1","kid":"k2"}""")]
    public void TryRead_DuplicateHeaderMember_Refused(string header) =>
        Assert.Equal("the token's header is not base64url JSON", Failure(Sign(header, Payload())));

    [Fact]
    public void TryRead_DuplicateClaim_Refused()
    {
        var payload = Payload().Replace("\"aud\":", "\"aud\":\"someone-else\",\"aud\":", StringComparison.Ordinal);

        Assert.Equal("the token's payload is not base64url JSON", Failure(Sign(Header(), payload)));
    }

    [Theory]
    [InlineData("""["RS256","k1"]""")]
    [InlineData("\"RS256\"")]
    [InlineData("{\"alg\":\"RS256\",\"kid\":\"k1\"")]
    public void TryRead_HeaderNotAJsonObject_Refused(string header) => Assert.NotNull(Failure(Sign(header, Payload())));

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("not json")]
    [InlineData("{\"iss\":\"x\",}")]
    public void TryRead_PayloadNotAJsonObject_Refused(string payload) =>
        Assert.Equal("the token's payload is not base64url JSON", Failure(Sign(Header(), payload)));

    [Fact]
    public void TryRead_PayloadNestedTooDeep_Refused() =>
        Assert.NotNull(Failure(Sign(Header(), "{\"x\":" + new string('[', 40) + new string(']', 40) + "}")));

    [Theory]
    [InlineData("only-one-part")]
    [InlineData("two.parts")]
    [InlineData("a.b.c.d")]
    [InlineData("a.b.c.d.e")]
    [InlineData(".payload.signature")]
    [InlineData("header..signature")]
    [InlineData("..")]
    [InlineData("")]
    public void TryRead_NotThreeNonEmptyParts_Refused(string token) =>
        Assert.NotNull(Failure(token));

    [Fact]
    public void TryRead_NoSignature_Refused()
    {
        var token = Valid();

        Assert.Equal("the token is not signed", Failure(token[..(token.LastIndexOf('.') + 1)]));
    }

    /// <summary>Padding, the standard alphabet's + and /, white space and an impossible length are not base64url.</summary>
    [Theory]
    [InlineData("=", 0)]
    [InlineData("+", 0)]
    [InlineData("/", 1)]
    [InlineData(" ", 1)]
    [InlineData("%", 2)]
    [InlineData("==", 2)]
    public void TryRead_NotStrictBase64Url_Refused(string inserted, int part)
    {
        var parts = Valid().Split('.');
        parts[part] += inserted;

        Assert.NotNull(Failure(string.Join('.', parts)));
    }

    [Fact]
    public void TryRead_TokenLongerThanTheLimit_RefusedBeforeDecoding()
    {
        var payload = Payload().Replace("{", "{\"pad\":\"" + new string('x', CompactJwtReader.MaxTokenLength) + "\",", StringComparison.Ordinal);

        Assert.Equal("the token is too long", Failure(Sign(Header(), payload)));
    }

    [Fact]
    public void TryRead_HeaderLongerThanTheLimit_Refused()
    {
        var header = "{\"alg\":\"RS256\",\"kid\":\"k1\",\"x\":\"" + new string('x', CompactJwtReader.MaxHeaderLength) + "\"}";

        Assert.Equal("the token's header is too long", Failure(Sign(header, Payload())));
    }

    [Fact]
    public void TryRead_SignatureLongerThanAnyRsaKey_Refused()
    {
        var parts = Valid().Split('.');
        parts[2] = new string('A', CompactJwtReader.MaxSignatureLength + 2);

        Assert.Equal("the token's signature is not base64url of a plausible length", Failure(string.Join('.', parts)));
    }

    private static string? Failure(string token) => CompactJwtReader.TryRead(token, out _);
}
