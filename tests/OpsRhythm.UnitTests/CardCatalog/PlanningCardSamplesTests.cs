using System.Text.Json;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;

namespace OpsRhythm.UnitTests.CardCatalog;

public sealed class PlanningCardSamplesTests
{
    public static TheoryData<string> Languages() => new() { "zh-CN", "en-US" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Samples_EveryCard_StaysUnderTheSizeLimit(string locale)
    {
        var samples = new PlanningCardSamples().Samples(Localizer.For(locale)).ToList();

        Assert.NotEmpty(samples);
        Assert.All(samples, s => Assert.True(CardJson.SizeInBytes(s.Card) < CardJson.MaxCardBytes, $"{s.Name}: {CardJson.SizeInBytes(s.Card)} bytes"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Samples_EveryExecuteAction_IsAPlanVerbWithSubmitFallback(string locale)
    {
        foreach (var sample in new PlanningCardSamples().Samples(Localizer.For(locale)))
        {
            using var json = JsonDocument.Parse(CardJson.ToJson(sample.Card));
            foreach (var action in Descendants(json.RootElement).Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute"))
            {
                var verb = action.GetProperty("verb").GetString()!;
                Assert.StartsWith("plan.", verb, StringComparison.Ordinal);
                Assert.Equal(verb, action.GetProperty("data").GetProperty("verb").GetString());
                Assert.Equal("Action.Submit", action.GetProperty("fallback").GetProperty("type").GetString());
            }
        }
    }

    [Fact]
    public void Samples_NamesAreUnique()
    {
        var names = new PlanningCardSamples().Samples(Localizer.ZhCn).Select(s => s.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var descendant in children.SelectMany(Descendants))
        {
            yield return descendant;
        }
    }
}
