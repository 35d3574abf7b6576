using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Model;

namespace OpsRhythm.UnitTests.Cards;

/// <summary>Every card leaves the bot under Teams' size limit, shortened rather than dropped.</summary>
public sealed class CardFitTests
{
    [Fact]
    public void ToElement_CardOfLongTexts_ShortenedUnderTheLimitWithNoticeAndWorkingButtons()
    {
        var card = new AdaptiveCard([.. Enumerable.Range(0, 12).Select(i => (CardElement)new TextBlock($"row {i}: " + new string('风', 10_000)))])
        {
            Actions = [ActionData.Execute("Save", "risk.review", "risk-1", "etag-1", new Dictionary<string, string> { ["dept"] = "sales" })],
        };
        Assert.True(CardJson.SizeInBytes(card) > 100_000);

        var fitted = CardJson.ToElement(card);

        var raw = fitted.GetRawText();
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(raw) <= CardJson.MaxCardBytes, $"{System.Text.Encoding.UTF8.GetByteCount(raw)} bytes");
        Assert.Contains(CardFit.ShortenedNotice, raw, StringComparison.Ordinal);
        Assert.Contains("row 11", raw, StringComparison.Ordinal);
        Assert.Contains("\"dept\":\"sales\"", raw, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"risk.review\"", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void ToElement_CardOfManyElements_DropsTrailingElementsButStaysACard()
    {
        var card = new AdaptiveCard([.. Enumerable.Range(0, 3000).Select(i => (CardElement)new TextBlock($"line {i} of a very long register"))]);

        var fitted = CardJson.ToElement(card);

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(fitted.GetRawText()) <= CardJson.MaxCardBytes);
        Assert.Equal(CardFit.ShortenedNotice, fitted.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Contains("line 0 ", fitted.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToElement_SmallCard_Unchanged()
    {
        var card = new AdaptiveCard([new TextBlock("hello")]);

        Assert.Equal(CardJson.ToJson(card), CardJson.ToElement(card).GetRawText());
    }
}
