using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Planning;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Sqlite;

namespace OpsRhythm.IntegrationTests.Planning;

/// <summary>
/// The planning handlers over a real SQLite file, acting as the sample organisation's people: each
/// click is made from the card the person was last shown, so versions and buttons are the real ones.
/// The handlers and chat commands come from the bot's own AddPlanning registration (over the store,
/// the change writer and a fake clock), so these tests also prove that registration.
/// </summary>
internal sealed class PlanningHarness : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "opsrhythm-planning-" + Guid.NewGuid().ToString("N"));
    private readonly IDocumentStore _store;
    private readonly SqliteDocumentStore? _ownStore;
    private readonly ServiceProvider _services;
    private readonly List<ICardActionHandler> _handlers;

    /// <summary>On its own SQLite file, or on <paramref name="store"/> (e.g. the Cosmos DB-compatible server's), for <paramref name="organisation"/> or the sample one.</summary>
    public PlanningHarness(IReadOnlyDictionary<string, string?>? settings = null, IDocumentStore? store = null, OrganisationProfile? organisation = null)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 20, 1, 0, 0, TimeSpan.Zero));
        _ownStore = store is null ? new SqliteDocumentStore(new SqliteStoreOptions { Path = Path.Combine(_directory, "store.db") }, Time) : null;
        _store = store ?? _ownStore!;
        Organisation = organisation ?? JsonSerializer.Deserialize<OrganisationProfile>(File.ReadAllText(OrganisationSeed.DefaultFile), OrganisationSeed.JsonOptions)!;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddLogging();
        builder.Services.AddSingleton<IOrganisationDirectory>(new FixedOrganisation(Organisation));
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddSingleton<IDocumentStore>(_store);
        builder.Services.AddSingleton(new ChangeWriter(_store));
        builder.Services.AddSingleton<IPersonLanguages, PersonLanguages>();
        builder.AddPlanning();
        _services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Documents = _services.GetRequiredService<PlanDocuments>();
        Workflow = _services.GetRequiredService<PlanWorkflow>();
        _handlers = _services.GetServices<ICardActionHandler>().ToList();
    }

    public FakeTimeProvider Time { get; }

    /// <summary>The container the bot would run with (options, scheduled jobs...).</summary>
    public IServiceProvider Services => _services;

    public IDocumentStore Store => _store;

    public OrganisationProfile Organisation { get; }

    public PlanDocuments Documents { get; }

    public PlanWorkflow Workflow { get; }

    public Turn TurnOf(string personId)
    {
        var person = Organisation.FindPerson(personId) ?? throw new ArgumentException(personId, nameof(personId));
        return new Turn
        {
            Activity = new Activity
            {
                Type = ActivityTypes.Message,
                Id = "incoming",
                From = new ChannelAccount(person.TeamsUserId ?? person.Id, person.Name.ZhCn),
                Recipient = new ChannelAccount("bot", "OpsRhythm"),
                Conversation = new ConversationAccount("personal-" + person.Id) { ConversationType = ConversationTypes.Personal },
                Locale = person.Locale ?? "zh-CN",
            },
            Text = Localizer.For(person.Locale),
            Organisation = Organisation,
            Actor = person,
            Today = new Domain.Time.OrganisationClock(Time).Today(Organisation), // as the bot's TurnFactory: the stand-ins active today
        };
    }

    public async Task<CardActionResult> ClickAsync(string personId, IReadOnlyDictionary<string, string> data, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var merged = new Dictionary<string, string>(data, StringComparer.Ordinal);
        foreach (var (key, value) in inputs ?? new Dictionary<string, string>())
        {
            merged[key] = value;
        }

        var verb = merged["verb"];
        var handler = _handlers.Single(h => h.Verbs.Contains(verb));
        return await handler.HandleAsync(TurnOf(personId), new CardActionRequest(verb, merged, false), CancellationToken.None);
    }

    /// <summary>The registered chat command answering this phrase ("进度", "月度计划", "开启年度计划"...).</summary>
    public IChatCommand Command(string phrase) =>
        _services.GetServices<IChatCommand>().Single(c => c.Phrases.Contains(phrase, StringComparer.Ordinal));

    /// <summary>Says something to the bot and returns the first card it answered with.</summary>
    public async Task<Turn> SayAsync(string personId, IChatCommand command, string arguments = "")
    {
        var turn = TurnOf(personId);
        await command.HandleAsync(turn, arguments, CancellationToken.None);
        return turn;
    }

    public async Task<List<T>> AllAsync<T>(string cycleId)
    {
        var found = new List<T>();
        await foreach (var item in _store.QueryAsync<T>(StorageContainers.Plans, cycleId, DocumentQuery.Of<T>(), CancellationToken.None))
        {
            found.Add(item.Value);
        }

        return found;
    }

    public Task<List<OutboxMessage>> OutboxAsync(string cycleId) => AllAsync<OutboxMessage>(cycleId);

    public Task<List<AuditEvent>> AuditAsync(string cycleId) => AllAsync<AuditEvent>(cycleId);

    public void Dispose()
    {
        _services.Dispose();
        _ownStore?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private sealed class FixedOrganisation(OrganisationProfile profile) : IOrganisationDirectory
    {
        public Task<OrganisationProfile> GetAsync(CancellationToken cancellationToken) => Task.FromResult(profile);

        public Task<StoredDocument<OrganisationProfile>> GetStoredAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new StoredDocument<OrganisationProfile>(OrganisationDirectory.ProfileKey, profile, "etag"));

        public Task<StoredDocument<OrganisationProfile>> SaveAsync(OrganisationProfile profile, string ifMatchETag, IReadOnlyList<AuditEvent> audit, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }

    public static JsonElement CardOf(CardActionResult result) => result switch
    {
        CardResult card => CardJson.ToElement(card.Card),
        MessageResult message => throw new InvalidOperationException("Expected a card, got the message: " + message.Text),
        ErrorResult error => throw new InvalidOperationException($"Expected a card, got error {error.StatusCode}: {error.Message}"),
        _ => throw new InvalidOperationException(),
    };

    public static JsonElement CardOf(Turn turn) => turn.Replies.Single().Attachments!.Single().Content!.Value;

    /// <summary>The data of the card's Action.Execute with this verb (also inside Action.ShowCard); null when the card has no such button.</summary>
    public static IReadOnlyDictionary<string, string>? Button(JsonElement card, string verb, string? section = null, string? page = null) =>
        Descendants(card)
            .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute" && e.GetProperty("verb").GetString() == verb)
            .Select(e => e.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal))
            .FirstOrDefault(d => (section is null || (d.TryGetValue("section", out var s) && s == section))
                && (page is null || (d.TryGetValue("goto", out var g) && g == page)));

    /// <summary>The button with this verb (and section, or "goto" page for the save-and-page buttons).</summary>
    public static IReadOnlyDictionary<string, string> RequiredButton(JsonElement card, string verb, string? section = null, string? page = null) =>
        Button(card, verb, section, page) ?? throw new InvalidOperationException($"No '{verb}' button on the card: {card}");

    /// <summary>All text shown on the card, to check what the person reads.</summary>
    public static string Texts(JsonElement card) => string.Join("\n", Descendants(card)
        .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
        .Select(e => e.GetProperty("text").GetString()));

    public static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
