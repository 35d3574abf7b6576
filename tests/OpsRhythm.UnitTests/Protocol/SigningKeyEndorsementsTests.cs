using Microsoft.IdentityModel.Tokens;
using OpsRhythm.Protocol.Auth;

namespace OpsRhythm.UnitTests.Protocol;

public sealed class SigningKeyEndorsementsTests
{
    [Fact]
    public void Read_KeySetAsPublished_ReturnsEveryEndorsedChannel()
    {
        var keys = new JsonWebKeySet("""
            {"keys":[{"kty":"RSA","use":"sig","kid":"k1","n":"sXch","e":"AQAB","endorsements":["msteams","skype","webchat"]}]}
            """);

        var endorsements = SigningKeyEndorsements.Read(keys.Keys[0]);

        Assert.Equal(["msteams", "skype", "webchat"], endorsements.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_NoEndorsements_ReturnsNone()
    {
        var key = new JsonWebKey("""{"kty":"RSA","use":"sig","kid":"k1","n":"sXch","e":"AQAB"}""");

        Assert.Empty(SigningKeyEndorsements.Read(key));
    }

    [Fact]
    public void Read_EndorsementsNotStrings_IgnoresThem()
    {
        var key = new JsonWebKey("""{"kty":"RSA","kid":"k1","n":"sXch","e":"AQAB","endorsements":[1,{"a":"msteams"},"msteams"]}""");

        Assert.Equal(["msteams"], SigningKeyEndorsements.Read(key));
    }
}
