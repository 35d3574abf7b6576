using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Graph;
using OpsRhythm.Bot.Meetings;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.IntegrationTests.Graph;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Meetings;

/// <summary>
/// The meetings feature on a real SQLite file, with the real GraphServiceClient talking to a local
/// Graph endpoint (or the local stand-in calendar), and a clock the test moves.
/// </summary>
internal sealed class MeetingsHarness : IAsyncDisposable
{
    public const string Organizer = "ops@huacai.example";

    private readonly SqliteStoreFixture? _owned;
    private readonly IDocumentStore _store;

    private MeetingsHarness(FakeGraph? graph, OrganisationProfile organisation, IDocumentStore? store = null)
    {
        _owned = store is null ? new SqliteStoreFixture() : null;
        _store = store ?? _owned!.Store;
        Graph = graph;
        Organisation = organisation;
        Calendar = graph is null
            ? new LocalMeetingCalendar()
            : new GraphMeetingCalendar(new GraphServiceClient(new AnonymousAuthenticationProvider(), graph.BaseUrl.ToString()), Microsoft.Extensions.Options.Options.Create(new GraphOptions { BaseUrl = graph.BaseUrl, Organizer = Organizer }));
        Scheduled = new ScheduledMeetings(Store, new OrganisationClock(Time));
        Documents = new MeetingDocuments(Store, Scheduled);
    }

    /// <summary>The scheduled coordination meetings the user paths read (the bot refreshes it in the background).</summary>
    public ScheduledMeetings Scheduled { get; }

    public FakeGraph? Graph { get; }

    public IMeetingCalendar Calendar { get; }

    public OrganisationProfile Organisation { get; }

    public IDocumentStore Store => _store;

    public MeetingDocuments Documents { get; }

    // Thursday 2026-11-26 10:00 in Shanghai.
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));

    public MeetingsOptions Options { get; } = new();

    /// <summary>The sample organisation; Liu Yang (finance) works from Berlin and reads English.</summary>
    public static OrganisationProfile SampleOrganisation()
    {
        var profile = JsonSerializer.Deserialize<OrganisationProfile>(File.ReadAllText(OrganisationSeed.DefaultFile), OrganisationSeed.JsonOptions)!;
        return profile with { People = [.. profile.People.Select(p => p.Id == "liu-yang" ? p with { TimeZone = "Europe/Berlin", Locale = "en-US" } : p)] };
    }

    /// <param name="store">The store to run on (a contract fixture's); by default a SQLite file of its own.</param>
    public static async Task<MeetingsHarness> WithGraphAsync(IDocumentStore? store = null) => new(await FakeGraph.StartAsync(), SampleOrganisation(), store);

    public static MeetingsHarness Local() => new(null, SampleOrganisation());

    public WeeklyMeetingHandler WeeklyHandler() => new(Documents, Calendar, new ChangeWriter(Store), new OrganisationClock(Time), NullLogger<WeeklyMeetingHandler>.Instance);

    public CoordinationHandler CoordinationHandler() =>
        new(Documents, new CoordinationSlots(Calendar, new LocalBusyTimes(Documents), Microsoft.Extensions.Options.Options.Create(Options), new OrganisationClock(Time)), Calendar, new ChangeWriter(Store), new OrganisationClock(Time), NullLogger<CoordinationHandler>.Instance);

    public MeetingReminderJob ReminderJob() => new(new FixedDirectory(Organisation), Documents, new ChangeWriter(Store), Microsoft.Extensions.Options.Options.Create(Options), new OrganisationClock(Time));

    public UpcomingMeetingsReader UpcomingReader() => new(Documents, new FixedDirectory(Organisation));

    public WeeklyMeetingAttendeeJob AttendeeJob(OrganisationProfile organisation) =>
        new(new FixedDirectory(organisation), Documents, Calendar, new ChangeWriter(Store), Microsoft.Extensions.Options.Options.Create(Options), new OrganisationClock(Time), NullLogger<WeeklyMeetingAttendeeJob>.Instance);

    public Turn TurnOf(string personId, Localizer? text = null) => new()
    {
        Activity = new Activity { Type = ActivityTypes.Invoke, Id = Guid.NewGuid().ToString("N") },
        Text = text ?? Localizer.ZhCn,
        Organisation = Organisation,
        Actor = Organisation.FindPerson(personId),
    };

    public static CardActionRequest Click(string verb, string? id, string? version, params (string Key, string Value)[] inputs)
    {
        var data = new Dictionary<string, string> { ["verb"] = verb };
        if (id is not null)
        {
            data["id"] = id;
        }

        if (version is not null)
        {
            data["v"] = version;
        }

        foreach (var (key, value) in inputs)
        {
            data[key] = value;
        }

        return new CardActionRequest(verb, data, IsRefresh: false);
    }

    /// <summary>Every string value on the card (texts, titles, links), one per line, to look for what the reader is told.</summary>
    public static string CardText(CardActionResult result) => string.Join('\n', Strings(CardNode(result)));

    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    /// <summary>The slot buttons of a slots card: one ActionSet per slot in the body, so phones show each whole.</summary>
    public static IReadOnlyList<JsonNode> Picks(JsonNode card) =>
        [.. card["body"]!.AsArray().Where(e => (string?)e!["type"] == "ActionSet").SelectMany(e => e!["actions"]!.AsArray())
            .Where(a => (string?)a!["verb"] == OpsRhythm.Cards.Meetings.MeetingVerbs.Pick).Select(a => a!)];

    public static JsonNode CardNode(CardActionResult result) => JsonNode.Parse(CardJson.ToJson(Assert.IsType<CardResult>(result).Card))!;

    public async Task<List<T>> InPartitionAsync<T>(string partitionKey)
    {
        var found = new List<T>();
        await foreach (var stored in Store.QueryAsync<T>(StorageContainers.Meetings, partitionKey, DocumentQuery.Of<T>(), CancellationToken.None))
        {
            found.Add(stored.Value);
        }

        return found;
    }

    public Task<List<OutboxMessage>> OutboxAsync(string partitionKey) => InPartitionAsync<OutboxMessage>(partitionKey);

    public Task<List<AuditEvent>> AuditAsync(string partitionKey) => InPartitionAsync<AuditEvent>(partitionKey);

    public async ValueTask DisposeAsync()
    {
        if (Graph is not null)
        {
            await Graph.DisposeAsync();
        }

        _owned?.Dispose();
    }

    private sealed class FixedDirectory(OrganisationProfile profile) : IOrganisationDirectory
    {
        public Task<OrganisationProfile> GetAsync(CancellationToken cancellationToken) => Task.FromResult(profile);

        public Task<StoredDocument<OrganisationProfile>> GetStoredAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new StoredDocument<OrganisationProfile>(new DocumentKey("org", "organisation"), profile, "e1"));

        public Task<StoredDocument<OrganisationProfile>> SaveAsync(OrganisationProfile profile, string ifMatchETag, IReadOnlyList<AuditEvent> audit, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
