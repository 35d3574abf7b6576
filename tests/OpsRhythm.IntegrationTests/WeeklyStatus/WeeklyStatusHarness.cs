using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Planning;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Bot.WeeklyStatus;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Time;
using OpsRhythm.IntegrationTests.Organisation;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Sqlite;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;

namespace OpsRhythm.IntegrationTests.WeeklyStatus;

/// <summary>
/// The weekly status command, card handler and jobs over a real SQLite file, as the sample
/// organisation's people, on Thursday 2026-11-26 10:00 in Shanghai (week 2026-W48, due Friday 12:00).
/// </summary>
internal sealed class WeeklyStatusHarness : IDisposable
{
    public const string Week = "2026-W48";
    public const string November = "monthly-2026-11";

    public static readonly DateTimeOffset Thursday = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Deadline = new(2026, 11, 27, 4, 0, 0, TimeSpan.Zero);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "opsrhythm-status-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteDocumentStore? _owned;
    private readonly IDocumentStore _store;

    /// <param name="store">The store to run on (a contract fixture's); by default a SQLite file of its own.</param>
    public WeeklyStatusHarness(IDocumentStore? store = null)
    {
        Time = new FakeTimeProvider(Thursday);
        _owned = store is null ? new SqliteDocumentStore(new SqliteStoreOptions { Path = Path.Combine(_directory, "store.db") }, Time) : null;
        _store = store ?? _owned!;
        var writer = new ChangeWriter(_store);
        Languages = new PersonLanguages(_store, writer, Time, NullLogger<PersonLanguages>.Instance);
        var options = Options.Create(StatusOptions);
        Reports = new WeeklyStatusReports(_store);
        Plans = new PlanDocuments(_store);
        var tracking = new MonthlyPlanTracking(Plans, writer);
        Command = new WeeklyStatusCommand(Reports, tracking, options, new OrganisationClock(Time));
        Handler = new WeeklyStatusCardHandler(Reports, tracking, new CardPipeline(writer, new OrganisationClock(Time)));
        Prompt = new WeeklyStatusPromptJob(Company, Languages, tracking, writer, options, new OrganisationClock(Time));
        Reminder = new WeeklyStatusReminderJob(Company, Languages, Reports, tracking, writer, options, new OrganisationClock(Time));
        Digest = new WeeklyStatusDigestJob(Company, new WeeklyDigests(Reports, tracking), writer, options, new OrganisationClock(Time));
    }

    public FakeTimeProvider Time { get; }

    public IDocumentStore Store => _store;

    /// <summary>The languages people typed in, stored as the bot stores them.</summary>
    public PersonLanguages Languages { get; }

    public WeeklyStatusOptions StatusOptions { get; } = new();

    public InMemoryOrganisationDirectory Company { get; } = new(InMemoryOrganisationDirectory.Sample);

    public WeeklyStatusReports Reports { get; }

    public PlanDocuments Plans { get; }

    public WeeklyStatusCommand Command { get; }

    public WeeklyStatusCardHandler Handler { get; }

    public WeeklyStatusPromptJob Prompt { get; }

    public WeeklyStatusReminderJob Reminder { get; }

    public WeeklyStatusDigestJob Digest { get; }

    /// <summary>
    /// November's monthly cycle, published, with the sales plan: a task in progress, a blocked one, one
    /// done and one overdue (due 11-18).
    /// </summary>
    public async Task PublishSalesPlanAsync(PlanCycleState state = PlanCycleState.Published)
    {
        var cycle = new PlanCycle(November, PlanPeriod.Monthly(2026, 11), state) { DepartmentIds = ["ops", "sales", "production", "finance", "hr"] };
        var plan = new DepartmentPlan(November, "sales", DepartmentPlanState.Accepted)
        {
            Content = PlanContent.Empty with
            {
                Tasks =
                [
                    new PlanTask("t-1", "华东区大客户拜访", "li-qiang", new DateOnly(2026, 11, 30)) { Status = PlanTaskStatus.InProgress, ProgressPercent = 40 },
                    new PlanTask("t-2", "新品报价单", "sun-hao", new DateOnly(2026, 11, 28)) { Status = PlanTaskStatus.NotStarted },
                    new PlanTask("t-3", "渠道返利结算", "sun-hao", new DateOnly(2026, 11, 10)) { Status = PlanTaskStatus.Done, ProgressPercent = 100 },
                    new PlanTask("t-4", "经销商季度回访", "zhou-na", new DateOnly(2026, 11, 18)) { Status = PlanTaskStatus.InProgress, ProgressPercent = 70 },
                ],
            },
        };
        await _store.CreateAsync(StorageContainers.Plans, PlanDocuments.CycleKey(November), cycle, CancellationToken.None);
        await _store.CreateAsync(StorageContainers.Plans, PlanDocuments.PlanKey(November, "sales"), plan, CancellationToken.None);
    }

    /// <summary>Stores a report as it would stand (e.g. last week's).</summary>
    public Task SeedAsync(Domain.WeeklyStatus.WeeklyStatusReport report) =>
        _store.CreateAsync(StorageContainers.Status, WeeklyStatusReports.KeyOf(report.Week, report.DepartmentId), report, CancellationToken.None);

    public async Task<DepartmentPlan> SalesPlanAsync() => (await Plans.PlanAsync(November, "sales", CancellationToken.None))!.Value;

    public Turn TurnOf(string personId)
    {
        var organisation = Company.Profile;
        var person = organisation.FindPerson(personId) ?? throw new ArgumentException(personId, nameof(personId));
        return new Turn
        {
            Activity = new Activity
            {
                Type = ActivityTypes.Message,
                Id = "incoming",
                From = new ChannelAccount(person.TeamsUserId ?? person.Id, person.Name.ZhCn),
                Recipient = new ChannelAccount("bot", "OpsRhythm"),
                Conversation = new ConversationAccount("personal-" + person.Id) { ConversationType = ConversationTypes.Personal },
                Locale = "zh-CN",
            },
            Text = Localizer.ZhCn,
            Organisation = organisation,
            Actor = person,
        };
    }

    /// <summary>"周报" as the person: the status card they get.</summary>
    public async Task<JsonElement> StatusCardAsync(string personId)
    {
        var turn = TurnOf(personId);
        await Command.HandleAsync(turn, string.Empty, CancellationToken.None);
        return CardOf(turn);
    }

    /// <summary>Clicks the card's button with this verb as the person, with the inputs typed over it.</summary>
    public Task<CardActionResult> ClickAsync(string personId, JsonElement card, string verb, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var data = new Dictionary<string, string>(RequiredButton(card, verb), StringComparer.Ordinal);
        foreach (var (key, value) in inputs ?? new Dictionary<string, string>())
        {
            data[key] = value;
        }

        return Handler.HandleAsync(TurnOf(personId), new CardActionRequest(verb, data, false), CancellationToken.None);
    }

    public async Task<List<T>> AllAsync<T>(string container, string partitionKey)
    {
        var found = new List<T>();
        await foreach (var item in _store.QueryAsync<T>(container, partitionKey, DocumentQuery.Of<T>(), CancellationToken.None))
        {
            found.Add(item.Value);
        }

        return found;
    }

    public Task<List<OutboxMessage>> OutboxAsync() => AllAsync<OutboxMessage>(StorageContainers.Status, Week);

    public Task<List<AuditEvent>> PlanAuditAsync() => AllAsync<AuditEvent>(StorageContainers.Plans, November);

    public void Dispose()
    {
        if (_owned is null)
        {
            return;
        }

        _owned.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(_directory, recursive: true);
    }
}
