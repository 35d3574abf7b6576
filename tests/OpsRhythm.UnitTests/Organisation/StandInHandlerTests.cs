using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.StandIns;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Time;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;
using OpsRhythm.UnitTests.Turns;

namespace OpsRhythm.UnitTests.OrganisationMaintenance;

/// <summary>
/// Naming a stand-in is a save of the organisation profile like the others: audited as the stand-in, the
/// directory's cached copy the saved version after a commit and the store's after a lost race, and checked
/// against the store's version when the card is newer than the cache.
/// </summary>
public sealed class StandInHandlerTests
{
    private static readonly OrganisationProfile Profile = SampleOrganisation.Load();
    private readonly Mock<IDocumentStore> _store = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private readonly OrganisationDirectory _directory;
    private readonly StandInHandler _handler;
    private IReadOnlyList<BatchOperation>? _batch;

    public StandInHandlerTests()
    {
        var environment = new Mock<IHostEnvironment>();
        environment.SetupGet(e => e.ContentRootPath).Returns(AppContext.BaseDirectory);
        var seed = new OrganisationSeed(Options.Create(new OrganisationOptions()), environment.Object, OrganisationDirectoryTests.LocalRunConfiguration());
        var writer = new ChangeWriter(_store.Object);
        _directory = new OrganisationDirectory(_store.Object, writer, seed, _time, NullLogger<OrganisationDirectory>.Instance);
        _handler = new StandInHandler(_directory, new CardPipeline(writer, new OrganisationClock(_time)));
    }

    [Fact]
    public async Task Set_Valid_AuditedAsTheStandInAndTheDirectoryServesTheSavedVersion()
    {
        StoreHolds("etag-1");
        CommitAnswers("etag-2");

        var result = await _handler.HandleAsync(Click("etag-1", Profile.FindPerson("wang-min")!), CancellationToken.None);

        Assert.Contains(Localizer.ZhCn["StandIn.Saved"], CardText(result), StringComparison.Ordinal);
        Assert.Equal("etag-1", Assert.IsType<BatchReplace>(_batch![0]).IfMatchETag);
        var audit = Audit(_batch[1]);
        Assert.Equal((nameof(StandIn), "dept:sales", StandInAdministration.SetAction, "wang-min"), (audit.EntityType, audit.EntityId, audit.Action, audit.ActorPersonId));
        Assert.Equal("zhou-na", audit.Details["deputy"]);
        Assert.False(audit.Details.ContainsKey("actingAsFrom"));
        var current = await _directory.GetStoredAsync(CancellationToken.None);
        Assert.Equal("etag-2", current.ETag);
        Assert.Equal("zhou-na", Assert.Single(current.Value.StandIns).DeputyId);
        _store.Verify(s => s.ReadAsync<OrganisationProfile>(It.IsAny<string>(), It.IsAny<DocumentKey>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Set_SomeoneSavedFirst_ShowsTheStoresVersionAndTheDirectoryServesIt()
    {
        _store.SetupSequence(s => s.ReadAsync<OrganisationProfile>(StorageContainers.Organisation, OrganisationDirectory.ProfileKey, It.IsAny<CancellationToken>()))
            .ReturnsAsync(Stored("etag-1"))
            .ReturnsAsync(Stored("etag-3"));
        _store.Setup(s => s.ExecuteBatchAsync(StorageContainers.Organisation, OrganisationDirectory.PartitionKey, It.IsAny<IReadOnlyList<BatchOperation>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DocumentPreconditionFailedException(OrganisationDirectory.ProfileKey));

        var result = await _handler.HandleAsync(Click("etag-1", Profile.FindPerson("wang-min")!), CancellationToken.None);

        var card = CardText(result);
        Assert.Contains(Localizer.ZhCn["Common.Rejection.StaleVersion"], card, StringComparison.Ordinal);
        Assert.Contains("\"v\":\"etag-3\"", card, StringComparison.Ordinal);
        Assert.Equal("etag-3", (await _directory.GetStoredAsync(CancellationToken.None)).ETag);
    }

    [Fact]
    public async Task Set_CardDrawnFromANewerVersionThanTheCache_CheckedAgainstTheStoresVersion()
    {
        StoreHolds("etag-1");
        await _directory.GetStoredAsync(CancellationToken.None);
        StoreHolds("etag-2");
        CommitAnswers("etag-3");

        var result = await _handler.HandleAsync(Click("etag-2", Profile.FindPerson("wang-min")!), CancellationToken.None);

        Assert.Contains(Localizer.ZhCn["StandIn.Saved"], CardText(result), StringComparison.Ordinal);
        Assert.Equal("etag-2", Assert.IsType<BatchReplace>(_batch![0]).IfMatchETag);
        Assert.Equal("etag-3", (await _directory.GetStoredAsync(CancellationToken.None)).ETag);
    }

    [Fact]
    public async Task Set_ActingAsSomeoneInALocalRun_AuditNamesTheRealPerson()
    {
        StoreHolds("etag-1");
        CommitAnswers("etag-2");
        var real = Profile.FindPerson("li-qiang")!;

        await _handler.HandleAsync(Click("etag-1", Profile.FindPerson("wang-min")!, actingAsFrom: real), CancellationToken.None);

        var audit = Audit(_batch![1]);
        Assert.Equal(("wang-min", "li-qiang"), (audit.ActorPersonId, audit.Details["actingAsFrom"]));
    }

    private static StoredDocument<OrganisationProfile> Stored(string etag) => new(OrganisationDirectory.ProfileKey, Profile, etag);

    private void StoreHolds(string etag) =>
        _store.Setup(s => s.ReadAsync<OrganisationProfile>(StorageContainers.Organisation, OrganisationDirectory.ProfileKey, It.IsAny<CancellationToken>()))
            .ReturnsAsync(Stored(etag));

    private void CommitAnswers(string etag) =>
        _store.Setup(s => s.ExecuteBatchAsync(StorageContainers.Organisation, OrganisationDirectory.PartitionKey, It.IsAny<IReadOnlyList<BatchOperation>>(), It.IsAny<CancellationToken>()))
            .Callback<string, string, IReadOnlyList<BatchOperation>, CancellationToken>((_, _, operations, _) => _batch = operations)
            .ReturnsAsync([new BatchItemResult("profile", etag), new BatchItemResult("audit", "etag-a")]);

    private static CardTurn Click(string version, Person actor, Person? actingAsFrom = null)
    {
        var turn = new Turn { Activity = new Activity { Type = ActivityTypes.Invoke }, Text = Localizer.ZhCn, Organisation = Profile, Actor = actor, ActingAsFrom = actingAsFrom };
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["verb"] = StandInVerbs.Set, ["id"] = OrganisationVerbs.EntityId, ["v"] = version,
            [StandInFields.For] = StandIn.KeyOf(StandInKind.Department, "sales"),
            [StandInFields.Deputy] = "zhou-na",
            [StandInFields.From] = "2026-11-26",
            [StandInFields.Until] = "2026-12-20",
        };
        return new CardTurn(turn, actor, new CardActionRequest(StandInVerbs.Set, data, IsRefresh: false));
    }

    private static AuditEvent Audit(BatchOperation operation) => Assert.IsType<AuditEvent>(Assert.IsType<BatchCreate>(operation).Value);

    private static string CardText(CardActionResult result) => CardJson.ToElement(Assert.IsType<CardResult>(result).Card).GetRawText();
}
