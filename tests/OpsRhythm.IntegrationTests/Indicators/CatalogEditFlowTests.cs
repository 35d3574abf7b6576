using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Indicators;

/// <summary>The ops office adds an indicator to the catalog on a real SQLite store; others and stale cards change nothing.</summary>
public sealed class CatalogEditFlowTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private static readonly DocumentKey CatalogKey = new(IndicatorCatalog.PartitionKey, IndicatorCatalog.DocumentId);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 3, 2, 0, 0, TimeSpan.Zero));

    private IndicatorCatalogCardHandler Handler() => new(new IndicatorReader(fixture.Store), new CardPipeline(new ChangeWriter(fixture.Store), new OrganisationClock(_time)));

    private static Turn TurnOf(Person actor) => new()
    {
        Activity = new Activity { Type = ActivityTypes.Invoke },
        Text = Localizer.ZhCn,
        Organisation = FeatureFlowOrganisation.Profile,
        Actor = actor,
    };

    private static CardActionRequest Save(string? version, string id) =>
        new(IndicatorVerbs.SaveIndicator, new Dictionary<string, string>
        {
            ["verb"] = IndicatorVerbs.SaveIndicator, ["id"] = IndicatorCatalog.DocumentId, ["v"] = version ?? string.Empty,
            ["indicator"] = "new", ["newId"] = id, ["nameZh"] = "准时交付率", ["nameEn"] = "On-time delivery",
            ["group"] = "Customer", ["unit"] = "%", ["direction"] = "HigherIsBetter", ["frequency"] = "Monthly",
        }, IsRefresh: false);

    private async Task<List<AuditEvent>> AuditAsync()
    {
        var list = new List<AuditEvent>();
        await foreach (var d in fixture.Store.QueryAsync<AuditEvent>(StorageContainers.Indicators, IndicatorCatalog.PartitionKey, DocumentQuery.Of<AuditEvent>(), CancellationToken.None))
        {
            list.Add(d.Value);
        }

        return list;
    }

    [Fact]
    public async Task SaveIndicator_HeadThenOpsThenStaleCard_OnlyOpsSaveWritten()
    {
        var forbidden = await Handler().HandleAsync(TurnOf(FeatureFlowOrganisation.SalesHead), Save(null, "head-made"), CancellationToken.None);

        Assert.Equal(403, Assert.IsType<ErrorResult>(forbidden).StatusCode);
        Assert.Null(await fixture.Store.ReadAsync<IndicatorCatalog>(StorageContainers.Indicators, CatalogKey, CancellationToken.None));

        var edit = await Handler().HandleAsync(TurnOf(FeatureFlowOrganisation.Ops), new CardActionRequest(IndicatorVerbs.EditIndicator, new Dictionary<string, string>(), IsRefresh: false), CancellationToken.None);
        Assert.IsType<CardResult>(edit);

        var saved = await Handler().HandleAsync(TurnOf(FeatureFlowOrganisation.Ops), Save(null, "on-time-delivery"), CancellationToken.None);

        Assert.IsType<CardResult>(saved);
        var stored = await fixture.Store.ReadAsync<IndicatorCatalog>(StorageContainers.Indicators, CatalogKey, CancellationToken.None);
        Assert.Equal(IndicatorCatalog.Seed.Indicators.Count + 1, stored!.Value.Indicators.Count);
        Assert.Equal(IndicatorGroup.Customer, stored.Value.Find("on-time-delivery")!.Group);
        var audit = Assert.Single(await AuditAsync());
        Assert.Equal(("on-time-delivery", "wang-min"), (audit.EntityId, audit.ActorPersonId));

        var stale = await Handler().HandleAsync(TurnOf(FeatureFlowOrganisation.Ops), Save(null, "late-comer"), CancellationToken.None);

        Assert.IsType<CardResult>(stale);
        var unchanged = await fixture.Store.ReadAsync<IndicatorCatalog>(StorageContainers.Indicators, CatalogKey, CancellationToken.None);
        Assert.Equal(stored.ETag, unchanged!.ETag);
        Assert.Null(unchanged.Value.Find("late-comer"));
        Assert.Single(await AuditAsync());
    }
}
