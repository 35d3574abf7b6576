using System.Text;
using System.Text.Json.Nodes;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;

namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>
/// Renders every sample card in zh-CN and en-US, checks what the official validator cannot
/// (size, action data, refresh limits) and writes each card to artifacts/cards for the Node
/// validator and the screenshots (tests/validators/cards.test.mjs).
/// </summary>
public sealed class CardCatalogTests
{
    public static TheoryData<string, string> Cards()
    {
        var data = new TheoryData<string, string>();
        foreach (var text in CardCatalog.Languages)
        {
            foreach (var sample in CardCatalog.Samples(text))
            {
                data.Add(sample.Name, text.Culture.Name);
            }
        }

        return data;
    }

    [Fact]
    public void Discover_TestAssembly_FindsSamplesWithUniqueWellFormedNames()
    {
        var names = CardCatalog.Samples(Localizer.ZhCn).Select(s => s.Name).ToList();

        Assert.NotEmpty(names);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, name => Assert.Matches("^[a-z0-9-]+/[a-z0-9-]+$", name));
    }

    [Fact]
    public void Samples_BothLanguages_ListTheSameCards()
    {
        var chinese = CardCatalog.Samples(Localizer.ZhCn).Select(s => s.Name);
        var english = CardCatalog.Samples(Localizer.EnUs).Select(s => s.Name);

        Assert.Equal(chinese, english);
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Render_Sample_FitsTeamsAndIsWrittenForTheValidator(string name, string language)
    {
        var text = CardCatalog.Languages.Single(l => l.Culture.Name == language);
        var card = CardCatalog.Samples(text).Single(s => s.Name == name).Card;

        var json = CardJson.ToJson(card);
        CardFiles.Write(CardCatalog.FileName(name, text), json);

        var bytes = Encoding.UTF8.GetByteCount(json);
        Assert.True(bytes <= CardJson.MaxCardBytes, $"{name} ({language}) is {bytes} bytes; the limit is {CardJson.MaxCardBytes}.");
        Assert.Equal(AdaptiveCard.SchemaVersion, card.Version);
        Assert.True(card.Refresh?.UserIds is null || card.Refresh.UserIds.Count <= CardRefresh.MaxUserIds, $"{name}: refresh lists more than {CardRefresh.MaxUserIds} users.");
        Assert.All(CardActions.OfType(JsonNode.Parse(json), "Action.Execute"), AssertRoutable);
    }

    [Fact]
    public void AssertRoutable_ExecuteWithoutSubmitFallback_Fails()
    {
        var action = ActionData.Execute("Go", "catalog.approve") with { Fallback = null };
        var node = JsonNode.Parse(CardJson.ToJson(new AdaptiveCard([]) { Actions = [action] }));

        Assert.ThrowsAny<Exception>(() => AssertRoutable(CardActions.OfType(node, "Action.Execute").Single()));
    }

    /// <summary>
    /// The router reads the verb from the data (the Action.Submit fallback has no verb of its own),
    /// so data.verb must equal the verb and the fallback must carry the same data.
    /// </summary>
    private static void AssertRoutable(JsonObject execute)
    {
        var verb = execute["verb"]?.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(verb), "Action.Execute without a verb");
        Assert.Matches(@"^[a-z][a-zA-Z]*\.[a-z][a-zA-Z.]*$", verb);
        Assert.Equal(verb, execute["data"]?[ActionData.VerbKey]?.GetValue<string>());
        var fallback = execute["fallback"];
        Assert.Equal("Action.Submit", fallback?["type"]?.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(execute["data"], fallback?["data"]), $"{verb}: the Action.Submit fallback carries different data");
    }
}
