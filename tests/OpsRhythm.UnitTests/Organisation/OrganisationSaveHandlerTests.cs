using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Admin;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Organisation;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;
using OpsRhythm.UnitTests.Turns;

namespace OpsRhythm.UnitTests.OrganisationMaintenance;

/// <summary>An organisation save through the card pipeline keeps the directory's cached copy true: the saved version after a commit, the store's after a lost race.</summary>
public sealed class OrganisationSaveHandlerTests
{
    private static readonly OrganisationProfile Profile = SampleOrganisation.Load();
    private readonly Mock<IDocumentStore> _store = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private readonly OrganisationDirectory _directory;
    private readonly OrganisationSaveHandler _handler;

    public OrganisationSaveHandlerTests()
    {
        var environment = new Mock<IHostEnvironment>();
        environment.SetupGet(e => e.ContentRootPath).Returns(AppContext.BaseDirectory);
        var seed = new OrganisationSeed(Options.Create(new OrganisationOptions()), environment.Object, OrganisationDirectoryTests.LocalRunConfiguration());
        var writer = new ChangeWriter(_store.Object);
        _directory = new OrganisationDirectory(_store.Object, writer, seed, _time, NullLogger<OrganisationDirectory>.Instance);
        _handler = new OrganisationSaveHandler(_directory, new CardPipeline(writer, new OrganisationClock(_time)));
    }

    [Fact]
    public async Task SaveSettings_Valid_ProfileAndAuditInOneBatchAndTheDirectoryServesTheSavedVersion()
    {
        _store.Setup(s => s.ReadAsync<OrganisationProfile>(StorageContainers.Organisation, OrganisationDirectory.ProfileKey, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new StoredDocument<OrganisationProfile>(OrganisationDirectory.ProfileKey, Profile, "etag-1"));
        IReadOnlyList<BatchOperation>? batch = null;
        _store.Setup(s => s.ExecuteBatchAsync(StorageContainers.Organisation, OrganisationDirectory.PartitionKey, It.IsAny<IReadOnlyList<BatchOperation>>(), It.IsAny<CancellationToken>()))
            .Callback<string, string, IReadOnlyList<BatchOperation>, CancellationToken>((_, _, operations, _) => batch = operations)
            .ReturnsAsync([new BatchItemResult("profile", "etag-2"), new BatchItemResult("audit", "etag-a")]);

        var result = await _handler.HandleAsync(Click("etag-1", "Europe/Berlin"), CancellationToken.None);

        Assert.Contains(Localizer.ZhCn["Organisation.Saved"], CardText(result), StringComparison.Ordinal);
        Assert.Collection(batch!,
            op => Assert.Equal("etag-1", Assert.IsType<BatchReplace>(op).IfMatchETag),
            op => Assert.Equal(("settings", "settings.updated", "wang-min"), Audit(op)));
        var current = await _directory.GetStoredAsync(CancellationToken.None);
        Assert.Equal(("etag-2", "Europe/Berlin"), (current.ETag, current.Value.TimeZone));
        _store.Verify(s => s.ReadAsync<OrganisationProfile>(It.IsAny<string>(), It.IsAny<DocumentKey>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task SaveSettings_SomeoneSavedFirst_ReadsTheStoreAgainAndRedrawsTheFormOnTheirVersion()
    {
        _store.SetupSequence(s => s.ReadAsync<OrganisationProfile>(StorageContainers.Organisation, OrganisationDirectory.ProfileKey, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new StoredDocument<OrganisationProfile>(OrganisationDirectory.ProfileKey, Profile, "etag-1"))
            .ReturnsAsync(new StoredDocument<OrganisationProfile>(OrganisationDirectory.ProfileKey, Profile, "etag-3"));
        _store.Setup(s => s.ExecuteBatchAsync(StorageContainers.Organisation, OrganisationDirectory.PartitionKey, It.IsAny<IReadOnlyList<BatchOperation>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DocumentPreconditionFailedException(OrganisationDirectory.ProfileKey));

        var result = await _handler.HandleAsync(Click("etag-1", "Europe/Berlin"), CancellationToken.None);

        var card = CardText(result);
        Assert.Contains(Localizer.ZhCn["Common.Rejection.StaleVersion"], card, StringComparison.Ordinal);
        Assert.Contains("\"v\":\"etag-3\"", card, StringComparison.Ordinal);
        Assert.Contains("Europe/Berlin", card, StringComparison.Ordinal);
        Assert.Equal("etag-3", (await _directory.GetStoredAsync(CancellationToken.None)).ETag);
    }

    private static CardTurn Click(string version, string timeZone)
    {
        var actor = Profile.FindPerson("wang-min")!;
        var turn = new Turn { Activity = new Activity { Type = ActivityTypes.Invoke }, Text = Localizer.ZhCn, Organisation = Profile, Actor = actor };
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["verb"] = OrganisationVerbs.SaveSettings, ["id"] = OrganisationVerbs.EntityId, ["v"] = version,
            [OrganisationFields.TimeZone] = timeZone, [OrganisationFields.OpsChannel] = "channel-ops",
        };
        return new CardTurn(turn, actor, new CardActionRequest(OrganisationVerbs.SaveSettings, data, IsRefresh: false));
    }

    private static (string, string, string) Audit(BatchOperation operation)
    {
        var audit = Assert.IsType<AuditEvent>(Assert.IsType<BatchCreate>(operation).Value);
        return (audit.EntityId, audit.Action, audit.ActorPersonId);
    }

    private static string CardText(CardActionResult result) => CardJson.ToElement(Assert.IsType<CardResult>(result).Card).GetRawText();
}
