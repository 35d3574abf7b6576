using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpsRhythm.Protocol.Auth.Jwt;
using static OpsRhythm.UnitTests.Protocol.Jwt.TestJwt;

namespace OpsRhythm.UnitTests.Protocol.Jwt;

/// <summary>What makes a readable token trusted: the signature by the published key, issuer, audience and lifetime.</summary>
public sealed class JwtValidatorTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private static readonly long Seconds = Now.ToUnixTimeSeconds();

    [Fact]
    public void Validate_SignedByTheKeyForUs_Trusted() => Assert.Null(Validate(Valid()));

    /// <summary>IdentityModel, an independent implementation, mints a token this validator accepts.</summary>
    [Fact]
    public void Validate_TokenMintedByIdentityModel_Trusted()
    {
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Expires = Now.UtcDateTime.AddMinutes(10),
            NotBefore = Now.UtcDateTime.AddMinutes(-1),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(Key) { KeyId = "k1" }, SecurityAlgorithms.RsaSha256),
        });

        Assert.Null(Validate(token));
    }

    [Fact]
    public void Validate_PayloadChangedUnderAValidHeaderAndSignature_Refused()
    {
        var parts = Valid().Split('.');
        parts[1] = Encode(Payload(aud: "\"app-1\"").Replace("smba.example", "attacker.example", StringComparison.Ordinal));

        Assert.Equal("the token's signature is not valid", Validate(string.Join('.', parts)));
    }

    [Fact]
    public void Validate_HeaderChangedUnderAValidSignature_Refused()
    {
        var parts = Valid().Split('.');
        parts[0] = Encode(Header(kid: "k2"));

        Assert.Equal("the token's signature is not valid", Validate(string.Join('.', parts)));
    }

    [Fact]
    public void Validate_SignedByAnotherKey_Refused() =>
        Assert.Equal("the token's signature is not valid", Validate(Sign(Header(), Payload(), OtherKey)));

    /// <summary>A header that points at the attacker's own keys changes nothing: only the published key is used.</summary>
    [Fact]
    public void Validate_HeaderNamesAnotherKeySource_OnlyThePublishedKeyCounts() =>
        Assert.Equal("the token's signature is not valid", Validate(Sign(
            """{"alg":"RS256","kid":"k1","jku":"https://attacker.example/keys","x5u":"https://attacker.example/cert"}""", Payload(), OtherKey)));

    [Fact]
    public void Validate_SignatureOfAnotherToken_Refused()
    {
        var parts = Valid().Split('.');
        parts[2] = Sign(Header(), Payload(exp: Seconds + 7200)).Split('.')[2];

        Assert.Equal("the token's signature is not valid", Validate(string.Join('.', parts)));
    }

    [Fact]
    public void Validate_TruncatedSignature_Refused()
    {
        var parts = Valid().Split('.');
        parts[2] = System.Buffers.Text.Base64Url.EncodeToString(System.Buffers.Text.Base64Url.DecodeFromChars(parts[2]).AsSpan(..^1));

        Assert.Equal("the token's signature is not valid", Validate(string.Join('.', parts)));
    }

    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://API.botframework.com")]
    [InlineData("https://api.botframework.com.attacker.example")]
    [InlineData("")]
    public void Validate_IssuerNotExactlyOurs_Refused(string issuer) =>
        Assert.Equal("the token's issuer is not trusted", Validate(Sign(Header(), Payload(iss: issuer))));

    [Fact]
    public void Validate_IssuerMissing_Refused() =>
        Assert.Equal("the token's issuer is not trusted", Validate(Sign(Header(), $$"""{"aud":"{{Audience}}","exp":{{Seconds + 60}}}""")));

    [Theory]
    [InlineData("""["other-app","app-1"]""")]
    [InlineData("""["app-1"]""")]
    public void Validate_AudienceArrayWithUs_Trusted(string aud) => Assert.Null(Validate(Sign(Header(), Payload(aud: aud))));

    [Theory]
    [InlineData("""["other-app","api://app-1"]""")]
    [InlineData("[]")]
    [InlineData("\"APP-1\"")]
    [InlineData("\"app-1/\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("""[["app-1"]]""")]
    [InlineData("""{"aud":"app-1"}""")]
    public void Validate_AudienceNotUs_Refused(string aud) =>
        Assert.Equal("the token is not for this app (aud)", Validate(Sign(Header(), Payload(aud: aud))));

    [Fact]
    public void Validate_ExpiredBeyondTheSkew_Refused() =>
        Assert.Equal("the token has expired", Validate(Sign(Header(), Payload(exp: Seconds - 301, nbf: Seconds - 3600))));

    [Fact]
    public void Validate_ExpiredWithinTheSkew_Trusted() =>
        Assert.Null(Validate(Sign(Header(), Payload(exp: Seconds - 240, nbf: Seconds - 3600))));

    [Fact]
    public void Validate_NotBeforeBeyondTheSkew_Refused() =>
        Assert.Equal("the token is not valid yet", Validate(Sign(Header(), Payload(nbf: Seconds + 301, exp: Seconds + 3600))));

    [Fact]
    public void Validate_NotBeforeWithinTheSkew_Trusted() =>
        Assert.Null(Validate(Sign(Header(), Payload(nbf: Seconds + 240, exp: Seconds + 3600))));

    [Fact]
    public void Validate_NotBeforeAfterExpiry_Refused() =>
        Assert.Equal("the token is not valid yet", Validate(Sign(Header(), Payload(nbf: Seconds + 100, exp: Seconds + 50))));

    [Theory]
    [InlineData("""{"iss":"https://api.botframework.com","aud":"app-1"}""")]
    [InlineData("""{"iss":"https://api.botframework.com","aud":"app-1","exp":"9999999999"}""")]
    [InlineData("""{"iss":"https://api.botframework.com","aud":"app-1","exp":null}""")]
    public void Validate_NoNumericExpiry_Refused(string payload) =>
        Assert.Equal("the token has no expiry (exp)", Validate(Sign(Header(), payload)));

    [Fact]
    public void Validate_NotBeforeNotANumber_Refused() =>
        Assert.Equal("the token's not-before (nbf) is not a time", Validate(Sign(Header(),
            $$"""{"iss":"{{Issuer}}","aud":"{{Audience}}","exp":{{Seconds + 60}},"nbf":"0"}""")));

    [Fact]
    public void Validate_NoNotBefore_Trusted() =>
        Assert.Null(Validate(Sign(Header(), $$"""{"iss":"{{Issuer}}","aud":"{{Audience}}","exp":{{Seconds + 60}}}""")));

    private static string? Validate(string token)
    {
        Assert.Null(CompactJwtReader.TryRead(token, out var jwt));
        return JwtValidator.Validate(jwt!, Key, [Issuer], [Audience], Now);
    }
}
