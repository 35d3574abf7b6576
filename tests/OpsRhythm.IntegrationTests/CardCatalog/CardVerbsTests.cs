using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Model;
using OpsRhythm.UnitTests.CardCatalog;
using Catalog = OpsRhythm.UnitTests.CardCatalog.CardCatalog;

namespace OpsRhythm.IntegrationTests.CardCatalog;

/// <summary>
/// Every Action.Execute verb on every sample card is handled by some ICardActionHandler in the bot's
/// real service container (Program.cs and every AddXxx), so no button leads to "unknown action".
/// </summary>
public sealed class CardVerbsTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("opsrhythm-verbs-").FullName;

    [Fact]
    public void ExecuteVerbs_EverySampleCard_AreKnownToTheRouter()
    {
        using var factory = CreateFactory();
        var known = KnownVerbs(factory.Services);

        var unknown = Catalog.Languages
            .SelectMany(text => Catalog.Samples(text))
            .SelectMany(sample => CardActions.ExecuteVerbs(JsonNode.Parse(CardJson.ToJson(sample.Card))).Select(verb => (sample.Name, verb)))
            .Where(found => !known.Contains(found.verb))
            .Distinct()
            .Select(found => $"{found.Name}: {found.verb}")
            .ToList();

        Assert.True(unknown.Count == 0, "No ICardActionHandler handles: " + string.Join(", ", unknown));
    }

    [Fact]
    public void KnownVerbs_HandlersFromTheHost_AreCollected()
    {
        using var factory = CreateFactory();

        var known = KnownVerbs(factory.Services);

        Assert.Superset(CatalogVerbs.All.ToHashSet(StringComparer.Ordinal), known);
        Assert.DoesNotContain("catalog.unheard-of", known);
    }

    [Fact]
    public void KnownVerbs_OneVerbClaimedTwice_IsReported()
    {
        using var factory = CreateFactory();
        using var scope = factory.Services.CreateScope();
        var counts = scope.ServiceProvider.GetServices<ICardActionHandler>()
            .SelectMany(handler => handler.Verbs)
            .GroupBy(verb => verb, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key);

        Assert.Empty(counts);
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    // Feature handlers are scoped (they hold per-turn collaborators), so they are resolved in a scope as a turn does.
    private static HashSet<string> KnownVerbs(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetServices<ICardActionHandler>().SelectMany(handler => handler.Verbs).ToHashSet(StringComparer.Ordinal);
    }

    private WebApplicationFactory<Program> CreateFactory() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Storage:Sqlite:Path", Path.Combine(_dataDirectory, "verbs.db"));
            // The catalog's own samples use verbs no feature owns; only this check knows them.
            builder.ConfigureTestServices(services => services.AddSingleton<ICardActionHandler, CatalogVerbsHandler>());
        });

    private sealed class CatalogVerbsHandler : ICardActionHandler
    {
        public IReadOnlyDictionary<string, VerbAccess> Access { get; } = CatalogVerbs.All.ToDictionary(v => v, _ => VerbAccess.Company(RoleSets.Everyone), StringComparer.Ordinal);

        public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken) =>
            Task.FromResult(CardActionResult.ShowMessage(card.Verb));
    }
}
