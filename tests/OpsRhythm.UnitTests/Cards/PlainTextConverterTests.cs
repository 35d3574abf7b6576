using System.Text.Json;
using OpsRhythm.Cards.Model;

namespace OpsRhythm.UnitTests.Cards;

public sealed class PlainTextConverterTests
{
    [Fact]
    public void ToJson_TextBlockWithMarkdownLinkAndImage_BracketsEscaped()
    {
        var card = new AdaptiveCard([new TextBlock("[奖品](https://evil.example/a) ![x](https://evil.example/p.png)")]);

        var text = CardJson.ToElement(card).GetProperty("body")[0].GetProperty("text").GetString();

        Assert.Equal(@"\[奖品\](https://evil.example/a) !\[x\](https://evil.example/p.png)", text);
    }

    [Fact]
    public void ToJson_FactTitleAndValue_BracketsEscapedAndOtherTextKept()
    {
        var card = new AdaptiveCard([new FactSet([new Fact("[t](u)", "${$root.x} <script>")])]);

        var fact = CardJson.ToElement(card).GetProperty("body")[0].GetProperty("facts")[0];

        Assert.Equal(@"\[t\](u)", fact.GetProperty("title").GetString());
        Assert.Equal("${$root.x} <script>", fact.GetProperty("value").GetString());
    }

    [Fact]
    public void FromJson_EscapedText_ReadsWhatWasWritten()
    {
        var written = JsonSerializer.Serialize(new TextBlock("a [b] c"), CardJson.Options);

        Assert.Equal("a [b] c", JsonSerializer.Deserialize<TextBlock>(written, CardJson.Options)!.Text);
    }

    [Theory]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.NaN)]
    public void InputNumber_ValueNotFinite_IsNoValueSoTheCardSerializes(double value)
    {
        var card = new AdaptiveCard([new InputNumber { Id = "n", Value = value }]);

        Assert.False(CardJson.ToElement(card).GetProperty("body")[0].TryGetProperty("value", out _));
    }
}
