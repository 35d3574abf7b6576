using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.IntegrationTests.Indicators;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Sqlite;

namespace OpsRhythm.IntegrationTests.Turns;

/// <summary>
/// The card pipeline itself over a real SQLite file through ChangeWriter, with a tiny state: each step's
/// answer in its order (404, the item's own 403 before the version, stale, field errors, the Domain's
/// refusals, the commit) and that nothing is written unless the whole change is.
/// </summary>
public sealed class CardPipelineTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private const string Container = StorageContainers.Risks;
    private const string ByField = "by";
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    private readonly List<(StoredDocument<PipelineItem> Shown, CardNote Note)> _shown = [];
    private readonly DocumentKey _key = new("d" + Guid.NewGuid().ToString("N")[..8], "item-1");
    private int _decided;

    private SqliteDocumentStore Store => fixture.Store;

    private CardPipeline Pipeline { get; } = new(new ChangeWriter(fixture.Store), new OrganisationClock(new FakeTimeProvider(Now)));

    [Fact]
    public async Task ChangeAsync_ItemMissing_Answers404AndShowsNothing()
    {
        var result = await ChangeAsync(Click("any"), Verb);

        Assert.Equal(StatusCodes.Status404NotFound, Assert.IsType<ErrorResult>(result).StatusCode);
        Assert.Empty(_shown);
    }

    [Fact]
    public async Task ChangeAsync_ItemRuleRefusesAStaleClick_Answers403NamingWhoMayWithoutTheCurrentVersion()
    {
        var stored = await SeedAsync();
        var refused = Rejection.RoleNotAllowed(Role.OpsOffice);

        var result = await ChangeAsync(Click("stale-etag"), click => Verb(click) with { MayAct = _ => refused });

        var error = Assert.IsType<ErrorResult>(result);
        Assert.Equal(StatusCodes.Status403Forbidden, error.StatusCode);
        Assert.Equal(RejectionText.Describe(refused, Localizer.ZhCn), error.Message);
        Assert.Contains(Localizer.ZhCn["Common.Role.OpsOffice"], error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(stored.Value.Name, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(stored.ETag, error.Message, StringComparison.Ordinal);
        Assert.Empty(_shown);
        await AssertNothingWrittenAsync(stored);
    }

    [Fact]
    public async Task ChangeAsync_StaleVersion_ShowsTheCurrentItemWithTheStaleNoticeAndWritesNothing()
    {
        var stored = await SeedAsync();

        var result = await ChangeAsync(Click("stale-etag"), Verb);

        Assert.IsType<MessageResult>(result);
        var (shown, note) = Assert.Single(_shown);
        Assert.Equal((stored.ETag, Localizer.ZhCn[CardAnswers.StaleNoticeKey]), (shown.ETag, note.Notice));
        Assert.Equal(0, _decided);
        await AssertNothingWrittenAsync(stored);
    }

    [Fact]
    public async Task ChangeAsync_VerbThatChecksNoVersion_DecidesOnTheCurrentItemWhateverTheCardCarried()
    {
        var stored = await SeedAsync();

        await ChangeAsync(Click("drawn-before-it-was-stored", "2"), click => Verb(click) with { ChecksVersion = false });

        var (shown, note) = Assert.Single(_shown);
        Assert.Equal((3, "saved 3"), (shown.Value.Count, note.Notice));
        Assert.NotEqual(stored.ETag, shown.ETag);
    }

    [Fact]
    public async Task ChangeAsync_FieldUnreadable_ShowsTheItemWithTheErrorBesideTheFieldAndWritesNothing()
    {
        var stored = await SeedAsync();

        await ChangeAsync(Click(stored.ETag, "三"), Verb);

        var (shown, note) = Assert.Single(_shown);
        Assert.Equal(stored.ETag, shown.ETag);
        Assert.Equal(RejectionReason.InvalidInput, note.Rejection?.Reason);
        Assert.Equal("Common.Validation.NotANumber", note.Rejection!.FieldErrors[ByField].TextKey);
        Assert.Equal(0, _decided);
        await AssertNothingWrittenAsync(stored);
    }

    [Fact]
    public async Task ChangeAsync_DomainRefusesWhoActs_Answers403NamingTheHeadOfTheDepartment()
    {
        var stored = await SeedAsync();
        Func<CardTurn, StateChange<PipelineItem, int>> verb = click => Verb(click) with { Decide = (_, _) => Decision.Reject<PipelineItem>(Rejection.OtherDepartment("sales", Role.DepartmentHead)) };

        var result = await ChangeAsync(Click(stored.ETag, "1"), verb);

        var error = Assert.IsType<ErrorResult>(result);
        Assert.Equal(StatusCodes.Status403Forbidden, error.StatusCode);
        Assert.Contains(FeatureFlowOrganisation.SalesHead.Name.ZhCn, error.Message, StringComparison.Ordinal);
        Assert.Empty(_shown);
        await AssertNothingWrittenAsync(stored);
    }

    [Fact]
    public async Task ChangeAsync_DomainRefusesTheState_ShowsTheRefusalOnTheCardAndWritesNothing()
    {
        var stored = await SeedAsync();
        Func<CardTurn, StateChange<PipelineItem, int>> verb = click => Verb(click) with { Decide = (_, _) => Decision.Reject<PipelineItem>(Rejection.WrongState) };

        await ChangeAsync(Click(stored.ETag, "1"), verb);

        var (shown, note) = Assert.Single(_shown);
        Assert.Equal((stored.ETag, RejectionReason.WrongState), (shown.ETag, note.Rejection?.Reason));
        await AssertNothingWrittenAsync(stored);
    }

    [Fact]
    public async Task ChangeAsync_Accepted_CommitsStateOneAuditEntryPerEventAndTheMessagesAndShowsTheDoneNotice()
    {
        var stored = await SeedAsync();

        await ChangeAsync(Click(stored.ETag, "3"), Verb);

        var current = await Store.ReadAsync<PipelineItem>(Container, _key, CancellationToken.None);
        Assert.Equal(4, current!.Value.Count);
        var (shown, note) = Assert.Single(_shown);
        Assert.Equal((current.ETag, 4, "saved 4"), (shown.ETag, shown.Value.Count, note.Notice));
        var audit = await AllAsync<AuditEvent>();
        Assert.Equal(["test.counted", "test.checked"], audit.OrderBy(a => a.Action == "test.checked").Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal((nameof(PipelineItem), _key.Id, FeatureFlowOrganisation.SalesHead.Id, Now), (a.EntityType, a.EntityId, a.ActorPersonId, a.At)));
        Assert.Equal("by 3", audit.Single(a => a.Action == "test.counted").Comment);
        var message = Assert.Single(await AllAsync<OutboxMessage>());
        Assert.Equal((OutboxTarget.Person(FeatureFlowOrganisation.SalesHead.Id), _key.Id + ":4"), (message.Target, message.IdempotencyKey));
    }

    [Fact]
    public async Task ChangeAsync_AnotherWriterCommitsBetweenLoadAndCommit_ShowsTheirStateWithTheStaleNoticeAndWritesNothingOfOurs()
    {
        var stored = await SeedAsync();
        Func<CardTurn, StateChange<PipelineItem, int>> verb = click => Verb(click) with
        {
            Decide = (item, by) =>
            {
                // The other writer lands after our load, before our commit.
                Store.ReplaceAsync(Container, _key, new PipelineItem("theirs", 10), stored.ETag, CancellationToken.None).GetAwaiter().GetResult();
                return Decision.Accept(item with { Count = item.Count + by }, new WorkflowEvent("counted"));
            },
        };

        await ChangeAsync(Click(stored.ETag, "3"), verb);

        var current = await Store.ReadAsync<PipelineItem>(Container, _key, CancellationToken.None);
        Assert.Equal(("theirs", 10), (current!.Value.Name, current.Value.Count));
        var (shown, note) = Assert.Single(_shown);
        Assert.Equal((current.ETag, "theirs", Localizer.ZhCn[CardAnswers.StaleNoticeKey]), (shown.ETag, shown.Value.Name, note.Notice));
        Assert.Empty(await AllAsync<AuditEvent>());
        Assert.Empty(await AllAsync<OutboxMessage>());
    }

    /// <summary>Runs the verb built for this click through the pipeline.</summary>
    private Task<CardActionResult> ChangeAsync(CardTurn click, Func<CardTurn, StateChange<PipelineItem, int>> verb) =>
        Pipeline.ChangeAsync(click, verb(click), CancellationToken.None);

    private static CardTurn Click(string? version, string? by = null) =>
        PipelineTurns.Click(FeatureFlowOrganisation.SalesHead, version, by is null ? null : new Dictionary<string, string> { [ByField] = by });

    /// <summary>"Count up by the typed number": reads an int, the decision adds it with two events and one message to the actor.</summary>
    private StateChange<PipelineItem, int> Verb(CardTurn click) => new()
    {
        Container = Container,
        EntityType = nameof(PipelineItem),
        ActionPrefix = "test.",
        Load = ct => Store.ReadAsync<PipelineItem>(Container, _key, ct),
        Read = _ => click.Value(ByField) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var by)
            ? CommandRead.Ok(by)
            : CommandRead.Error<int>(ByField, new FieldError("Common.Validation.NotANumber")),
        Decide = (item, by) =>
        {
            _decided++;
            return Decision.Accept(item with { Count = item.Count + by }, new WorkflowEvent("counted") { Comment = $"by {by}" }, new WorkflowEvent("checked"));
        },
        Messages = made => [OutboxMessage.Create(OutboxTarget.Person(FeatureFlowOrganisation.SalesHead.Id), ActivityFactory.Text("counted"), $"{_key.Id}:{made.After.Count}", made.At)],
        Show = (shown, note, _) =>
        {
            _shown.Add((shown, note));
            return Task.FromResult(CardActionResult.ShowMessage(shown.Value.Name));
        },
        Done = item => $"saved {item.Count}",
    };

    private Task<StoredDocument<PipelineItem>> SeedAsync() => Store.CreateAsync(Container, _key, new PipelineItem("ours", 1), CancellationToken.None);

    private async Task AssertNothingWrittenAsync(StoredDocument<PipelineItem> seeded)
    {
        var current = await Store.ReadAsync<PipelineItem>(Container, _key, CancellationToken.None);
        Assert.Equal((seeded.ETag, seeded.Value), (current!.ETag, current.Value));
        Assert.Empty(await AllAsync<AuditEvent>());
        Assert.Empty(await AllAsync<OutboxMessage>());
    }

    private async Task<List<T>> AllAsync<T>()
    {
        var found = new List<T>();
        await foreach (var item in Store.QueryAsync<T>(Container, _key.PartitionKey, DocumentQuery.Of<T>(), CancellationToken.None))
        {
            found.Add(item.Value);
        }

        return found;
    }
}
