using System.Text.Json;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;

namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>
/// Renders the indicator, risk and improvement samples in both languages: every text resolves, each
/// card fits Teams' size limit, every chart has a fallback and every button carries its verb.
/// </summary>
public sealed class FeatureCardSamplesTests
{
    public static TheoryData<string> Languages => new() { "zh-CN", "en-US" };

    private static IEnumerable<CardSample> All(Localizer text) =>
        new ICardSamples[] { new IndicatorsCardSamples(), new RisksCardSamples(), new ImprovementCardSamples() }.SelectMany(s => s.Samples(text));

    [Theory]
    [MemberData(nameof(Languages))]
    public void Samples_RenderUnderSizeLimit(string locale)
    {
        foreach (var sample in All(Localizer.For(locale)))
        {
            var size = CardJson.SizeInBytes(sample.Card);
            Assert.True(size < CardJson.MaxCardBytes, $"{sample.Name} is {size} bytes");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Samples_ChartsHaveFallbackAndButtonsHaveVerbs(string locale)
    {
        foreach (var sample in All(Localizer.For(locale)))
        {
            var json = JsonDocument.Parse(CardJson.ToJson(sample.Card)).RootElement;
            foreach (var element in Walk(json))
            {
                var type = element.TryGetProperty("type", out var t) ? t.GetString() : null;
                if (type?.StartsWith("Chart.", StringComparison.Ordinal) == true)
                {
                    Assert.True(element.TryGetProperty("fallback", out _), $"{sample.Name}: {type} without fallback");
                }

                if (type == "Action.Execute")
                {
                    Assert.Equal(element.GetProperty("verb").GetString(), element.GetProperty("data").GetProperty(ActionData.VerbKey).GetString());
                }

                if (type == "TextBlock")
                {
                    Assert.False(string.IsNullOrWhiteSpace(element.GetProperty("text").GetString()), $"{sample.Name}: empty TextBlock");
                }
            }
        }
    }

    [Fact]
    public void Samples_NamesUnique()
    {
        var names = All(Localizer.ZhCn).Select(s => s.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
    }

    private static IEnumerable<JsonElement> Walk(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            foreach (var property in element.EnumerateObject())
            {
                foreach (var child in Walk(property.Value))
                {
                    yield return child;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in element.EnumerateArray().SelectMany(Walk))
            {
                yield return child;
            }
        }
    }
}
