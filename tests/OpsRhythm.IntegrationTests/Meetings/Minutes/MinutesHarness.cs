using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using OpsRhythm.Bot.Meetings.Minutes;
using OpsRhythm.Bot.Meetings.Minutes.Events;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Planning;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Bot.WeeklyStatus;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Meetings.Minutes;

/// <summary>
/// The minutes feature (card verbs, meeting events, follow-up job) wired as the bot wires it, on a
/// <see cref="MeetingsHarness"/>'s store and clock: Monday 2026-12-07 09:30 in Shanghai.
/// </summary>
internal sealed class MinutesHarness : IAsyncDisposable
{
    public const string Chat = "19:meeting_NTg0MmJhYTQtY2E2@thread.v2";
    public const string JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTg0MmJhYTQtY2E2%40thread.v2/0?context=%7b%7d";

    private MinutesHarness(MeetingsHarness meetings, DateOnly day)
    {
        Meetings = meetings;
        Day = day;
        Meetings.Time.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(1, 30)), TimeSpan.Zero));
        Clock = new OrganisationClock(Meetings.Time);
        Writer = new ChangeWriter(Store);
        Minutes = new MinutesStore(Store);
        Views = new MinutesViews(Minutes, Meetings.Documents);
        Resolver = new MeetingOccurrenceResolver(Meetings.Documents);
        Languages = new PersonLanguages(Store, Writer, Meetings.Time, NullLogger<PersonLanguages>.Instance);
        Pipeline = new CardPipeline(Writer, Clock);
        Recorder = new ActionItemRecorder(Writer, Minutes, Languages, Clock);
    }

    public MeetingsHarness Meetings { get; }

    public IDocumentStore Store => Meetings.Store;

    public OrganisationProfile Organisation => Meetings.Organisation;

    public OrganisationClock Clock { get; }

    public ChangeWriter Writer { get; }

    public MinutesStore Minutes { get; }

    public MinutesViews Views { get; }

    public MeetingOccurrenceResolver Resolver { get; }

    public PersonLanguages Languages { get; }

    public CardPipeline Pipeline { get; }

    public ActionItemRecorder Recorder { get; }

    /// <summary>The Monday the test runs on (09:30 in Shanghai): each test its own, so tests sharing a store never share an occurrence.</summary>
    public DateOnly Day { get; }

    /// <summary>That Monday's weekly meeting occurrence's partition.</summary>
    public string WeeklyPartition => MinutesIds.Partition(WeeklyMeeting.DocumentId, Day);

    /// <param name="store">A contract fixture's store; by default a SQLite file of its own.</param>
    /// <param name="mondays">Which Monday after 2026-12-07 the test runs on.</param>
    public static async Task<MinutesHarness> StartAsync(IDocumentStore? store = null, int mondays = 0)
    {
        var day = new DateOnly(2026, 12, 7).AddDays(7 * mondays);
        var harness = new MinutesHarness(store is null ? MeetingsHarness.Local() : await MeetingsHarness.WithGraphAsync(store), day);
        await harness.ScheduleWeeklyAsync();
        return harness;
    }

    public MeetingCardHandlers Handlers() => new(
    [
        new MinutesShowHandler(Views, Pipeline),
        new MinutesRecordHandler(Recorder, Minutes, Views, Pipeline),
        new ActionItemCardHandler(Minutes, Pipeline),
        new ActionItemShowHandler(Minutes),
    ]);

    public IReadOnlyList<IActivityEventHandler> EventHandlers()
    {
        var context = new MeetingEventContext(new Directory(Organisation), new ConversationDirectory(Store, Meetings.Time), Resolver, Clock);
        var digests = Digests();
        return
        [
            new MeetingStartHandler(context, Views, digests, Microsoft.Extensions.Options.Options.Create(new WeeklyStatusOptions()), Languages, Writer, NullLogger<MeetingStartHandler>.Instance),
            new MeetingEndHandler(context, Minutes, Views, Languages, Writer, NullLogger<MeetingEndHandler>.Instance),
        ];
    }

    /// <summary>The weekly digest as the bot builds it, with last week's action items.</summary>
    public WeeklyDigests Digests() => new(new WeeklyStatusReports(Store), new MonthlyPlanTracking(new PlanDocuments(Store), Writer), Minutes);

    /// <summary>Delivers an event as the router does: to the one handler that takes it.</summary>
    public Task SendAsync(Activity activity) => EventHandlers().Single(h => h.Handles(activity)).HandleAsync(activity, CancellationToken.None);

    public static Activity MeetingEvent(string name, string? chat = Chat) => new()
    {
        Type = ActivityTypes.Event,
        Name = name,
        Id = Guid.NewGuid().ToString("N"),
        ServiceUrl = "https://smba.example/teams/",
        Conversation = chat is null ? null : new ConversationAccount(chat) { ConversationType = "groupChat", IsGroup = true },
        Recipient = new ChannelAccount("28:bot", "OpsRhythm"),
        From = new ChannelAccount("user-id-0", "王敏"),
        Value = JsonDocument.Parse($$"""{"Id":"MCMxOTptZWV0aW5n","JoinUrl":"{{JoinUrl}}","Title":"周运营例会","MeetingType":"Recurring"}""").RootElement,
    };

    public ActionItemFollowUpJob FollowUpJob() =>
        new(Minutes, Writer, new Directory(Organisation), Languages, Microsoft.Extensions.Options.Options.Create(new Bot.Meetings.MeetingsOptions()), Clock);

    public Turn TurnOf(string personId) => Meetings.TurnOf(personId);

    public Task<List<T>> InPartitionAsync<T>(string partition) => Meetings.InPartitionAsync<T>(partition);

    public ValueTask DisposeAsync() => Meetings.DisposeAsync();

    /// <summary>The weekly meeting as the ops office scheduled it, with its Teams join link.</summary>
    private async Task ScheduleWeeklyAsync()
    {
        var weekly = new WeeklyMeeting(new WeeklySlot(DayOfWeek.Monday, new TimeOnly(9, 30), 60), "Asia/Shanghai", ["wang-min", "li-qiang", "zhang-wei", "liu-yang", "zhao-li", "gao-yu"])
        {
            FirstDate = new DateOnly(2026, 11, 30),
            JoinUrl = JoinUrl,
            EventId = "event-1",
        };
        await Store.UpsertAsync(StorageContainers.Meetings, Bot.Meetings.MeetingDocuments.WeeklyKey, weekly, CancellationToken.None);
    }

    private sealed class Directory(OrganisationProfile profile) : IOrganisationDirectory
    {
        public Task<OrganisationProfile> GetAsync(CancellationToken cancellationToken) => Task.FromResult(profile);

        public Task<StoredDocument<OrganisationProfile>> GetStoredAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new StoredDocument<OrganisationProfile>(new DocumentKey("org", "organisation"), profile, "e1"));

        public Task<StoredDocument<OrganisationProfile>> SaveAsync(OrganisationProfile profile, string ifMatchETag, IReadOnlyList<AuditEvent> audit, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
