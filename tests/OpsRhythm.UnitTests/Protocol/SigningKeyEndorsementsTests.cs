using System.Text.Json;
using OpsRhythm.Protocol.Auth;

namespace OpsRhythm.UnitTests.Protocol;

public sealed class SigningKeyEndorsementsTests
{
    [Fact]
    public void Read_KeySetAsPublished_ReturnsEveryEndorsedChannel()
    {
        using var keys = JsonDocument.Parse("""
            {"keys":[{"kty":"RSA","use":"sig","kid":"k1","n":"sXch","e":"AQAB","endorsements":["msteams","skype","webchat"]}]}
            """);

        var endorsements = SigningKeyEndorsements.Read(keys.RootElement.GetProperty("keys")[0]);

        Assert.Equal(["msteams", "skype", "webchat"], endorsements.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_NoEndorsements_ReturnsNone()
    {
        using var key = JsonDocument.Parse("""{"kty":"RSA","use":"sig","kid":"k1","n":"sXch","e":"AQAB"}""");

        Assert.Empty(SigningKeyEndorsements.Read(key.RootElement));
    }

    [Fact]
    public void Read_EndorsementsNotStrings_IgnoresThem()
    {
        using var key = JsonDocument.Parse("""{"kty":"RSA","kid":"k1","n":"sXch","e":"AQAB","endorsements":[1,{"a":"msteams"},"msteams"]}""");

        Assert.Equal(["msteams"], SigningKeyEndorsements.Read(key.RootElement));
    }
}
