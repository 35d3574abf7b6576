using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.IntegrationTests.Indicators;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Sqlite;

namespace OpsRhythm.IntegrationTests.Turns;

/// <summary>
/// The pipeline's optional steps planning's cycle verbs use, over a real SQLite file: a second version
/// the stale check accepts (an approval card drawn before its cycle's ETag), the step told after the
/// commit (listeners of an approval), and the audit entity a creation names when its document id is not it.
/// </summary>
public sealed class CardPipelineOptionalStepsTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private const string Container = StorageContainers.Risks;
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

    private readonly List<CardNote> _notes = [];
    private readonly List<string> _committed = [];
    private readonly DocumentKey _key = new("o" + Guid.NewGuid().ToString("N")[..8], "item-1");

    private SqliteDocumentStore Store => fixture.Store;

    private CardPipeline Pipeline { get; } = new(new ChangeWriter(fixture.Store), new OrganisationClock(new FakeTimeProvider(Now)));

    [Fact]
    public async Task ChangeAsync_CardCarriesTheOtherVersionTheItemStillAnswersTo_Commits()
    {
        var stored = await SeedAsync();

        await Pipeline.ChangeAsync(PipelineTurns.Click(FeatureFlowOrganisation.SalesHead, "approval-1"), Verb() with { OtherVersion = _ => "approval-1" }, CancellationToken.None);

        var current = await Store.ReadAsync<PipelineItem>(Container, _key, CancellationToken.None);
        Assert.Equal(2, current!.Value.Count);
        Assert.NotEqual(stored.ETag, current.ETag);
        Assert.Equal("saved 2", Assert.Single(_notes).Notice);
    }

    [Fact]
    public async Task ChangeAsync_TheItemNoLongerAnswersToTheCardsOtherVersion_ShowsItStaleAndTellsNoOne()
    {
        var stored = await SeedAsync();

        await Pipeline.ChangeAsync(PipelineTurns.Click(FeatureFlowOrganisation.SalesHead, "approval-1"), Verb() with { OtherVersion = _ => null }, CancellationToken.None);

        var current = await Store.ReadAsync<PipelineItem>(Container, _key, CancellationToken.None);
        Assert.Equal((stored.ETag, 1), (current!.ETag, current.Value.Count));
        Assert.Equal(Localizer.ZhCn[CardAnswers.StaleNoticeKey], Assert.Single(_notes).Notice);
        Assert.Empty(_committed);
    }

    [Fact]
    public async Task ChangeAsync_Committed_IsToldOnceWithTheStoredStateBeforeTheAnswer()
    {
        var stored = await SeedAsync();

        await Pipeline.ChangeAsync(PipelineTurns.Click(FeatureFlowOrganisation.SalesHead, stored.ETag), Verb(), CancellationToken.None);

        var current = await Store.ReadAsync<PipelineItem>(Container, _key, CancellationToken.None);
        Assert.Equal([$"{current!.ETag}:2:shown 0"], _committed);
    }

    [Fact]
    public async Task CreateAsync_EntityIdSet_TheAuditNamesItInsteadOfTheDocumentId()
    {
        var creation = new StateCreation<PipelineItem, int>
        {
            Container = Container,
            EntityType = nameof(PipelineItem),
            EntityId = item => item.Name,
            Read = () => CommandRead.Ok(1),
            Decide = by => Decision.Accept(new PipelineItem("named-" + _key.PartitionKey, by), new WorkflowEvent("created")),
            Key = _ => _key,
            ShowForm = _ => throw new InvalidOperationException("The form is not shown for a valid creation."),
            Show = (_, note, _) => Task.FromResult(CardActionResult.ShowMessage(note.Notice ?? "")),
        };

        await Pipeline.CreateAsync(PipelineTurns.Click(FeatureFlowOrganisation.SalesHead, null), creation, CancellationToken.None);

        var audit = new List<AuditEvent>();
        await foreach (var entry in Store.QueryAsync<AuditEvent>(Container, _key.PartitionKey, DocumentQuery.Of<AuditEvent>(), CancellationToken.None))
        {
            audit.Add(entry.Value);
        }

        Assert.Equal(("named-" + _key.PartitionKey, "created"), (Assert.Single(audit).EntityId, audit[0].Action));
    }

    /// <summary>"Count up by one", telling <see cref="_committed"/> what was stored and how many answers were shown by then.</summary>
    private StateChange<PipelineItem, int> Verb() => new()
    {
        Container = Container,
        EntityType = nameof(PipelineItem),
        Load = ct => Store.ReadAsync<PipelineItem>(Container, _key, ct),
        Read = _ => CommandRead.Ok(1),
        Decide = (item, by) => Decision.Accept(item with { Count = item.Count + by }, new WorkflowEvent("counted")),
        Committed = (stored, _) =>
        {
            _committed.Add($"{stored.ETag}:{stored.Value.Count}:shown {_notes.Count}");
            return Task.CompletedTask;
        },
        Show = (shown, note, _) =>
        {
            _notes.Add(note);
            return Task.FromResult(CardActionResult.ShowMessage(shown.Value.Name));
        },
        Done = item => $"saved {item.Count}",
    };

    private Task<StoredDocument<PipelineItem>> SeedAsync() => Store.CreateAsync(Container, _key, new PipelineItem("ours", 1), CancellationToken.None);
}
