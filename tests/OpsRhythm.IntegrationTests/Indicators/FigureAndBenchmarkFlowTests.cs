using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Risks;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Time;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Indicators;

/// <summary>A figure from the entry card (with the early warning it raises) and a benchmark, saved through the card pipeline on a real SQLite store: state, record and audit in one batch; refusals write nothing.</summary>
public sealed class FigureAndBenchmarkFlowTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 3, 2, 0, 0, TimeSpan.Zero));

    private CardPipeline Pipeline() => new(new ChangeWriter(fixture.Store), new OrganisationClock(_time));

    private FigureCardHandler Figures()
    {
        var (store, clock) = (fixture.Store, new OrganisationClock(_time));
        var warning = new EarlyWarningOnEntry(new EarlyWarningCheck(store), new PersonLanguages(store, new ChangeWriter(store), _time, NullLogger<PersonLanguages>.Instance));
        return new(new IndicatorReader(store), new FigureRecorder(new ChangeWriter(store), new IndicatorReader(store), [warning], clock), Pipeline());
    }

    private BenchmarkCardHandler Benchmarks() => new(new IndicatorReader(fixture.Store), fixture.Store, Pipeline());

    private static Turn TurnOf(Person actor) => new()
    {
        Activity = new Activity { Type = ActivityTypes.Invoke },
        Text = Localizer.EnUs,
        Organisation = FeatureFlowOrganisation.Profile,
        Actor = actor,
    };

    private static CardActionRequest Figure(string department, string period, string value, string indicator = "sales") =>
        new(IndicatorVerbs.SaveFigure, new Dictionary<string, string>
        {
            ["verb"] = IndicatorVerbs.SaveFigure, [IndicatorFields.Department] = department, [IndicatorFields.Indicator] = indicator,
            [IndicatorFields.Period] = period, [IndicatorFields.Value] = value, [IndicatorFields.Kind] = nameof(FigureKind.Value),
        }, IsRefresh: false);

    private static CardActionRequest BenchmarkOf(string value) =>
        new(IndicatorVerbs.SaveBenchmark, new Dictionary<string, string>
        {
            ["verb"] = IndicatorVerbs.SaveBenchmark, [IndicatorFields.Indicator] = "profit", [IndicatorFields.Period] = "2026-M09",
            [IndicatorFields.Value] = value, [IndicatorFields.Source] = "Industry association",
        }, IsRefresh: false);

    private async Task<List<T>> AllAsync<T>(string pk)
    {
        var list = new List<T>();
        await foreach (var d in fixture.Store.QueryAsync<T>(StorageContainers.Indicators, pk, DocumentQuery.Of<T>(), CancellationToken.None))
        {
            list.Add(d.Value);
        }

        return list;
    }

    private static string CardText(CardActionResult result) => CardJson.ToElement(Assert.IsType<CardResult>(result).Card).GetRawText();

    [Fact]
    public async Task SaveFigure_HeadOfTheDepartment_FigureImportRecordAndAuditInItsPartition()
    {
        var saved = await Figures().HandleAsync(TurnOf(FeatureFlowOrganisation.SalesHead), Figure("sales", "2025-M10", "1234"), CancellationToken.None);

        Assert.Contains("Saved: Sales: Sales, October 2025 = 1,234", CardText(saved), StringComparison.Ordinal);
        var partition = IndicatorValue.PartitionFor("sales", 2025);
        var value = Assert.Single(await AllAsync<IndicatorValue>(partition));
        Assert.Equal((1234d, "li-qiang"), (value.Value, value.EnteredBy));
        var import = Assert.Single(await AllAsync<FigureImport>(partition));
        var audit = Assert.Single(await AllAsync<AuditEvent>(partition));
        Assert.Equal((nameof(FigureImport), import.Id, "values-entered", "li-qiang"), (audit.EntityType, audit.EntityId, audit.Action, audit.ActorPersonId));
        Assert.Equal("1234", audit.Details!["sales:2025-M10"]);
    }

    [Fact]
    public async Task SaveFigure_PastARisksCriticalThreshold_AlertItsAuditAndMessagesCommittedWithTheFigure()
    {
        var risk = new Risk("risk-complaints", "sales", RiskCategory.Market, "投诉上升导致大客户流失", 4, 4)
        {
            Strategy = ResponseStrategy.Reduce, OwnerPersonId = "li-qiang", Actions = [new RiskAction("每周复盘投诉", "sun-hao")],
            IndicatorLinks = [new IndicatorLink("complaint-rate", 3, 5)], CreatedBy = "li-qiang", CreatedAt = _time.GetUtcNow(),
        };
        await fixture.Store.CreateAsync(StorageContainers.Risks, new DocumentKey("sales", risk.Id), risk, CancellationToken.None);

        var saved = await Figures().HandleAsync(TurnOf(FeatureFlowOrganisation.SalesHead), Figure("sales", "2023-M10", "5.6", "complaint-rate"), CancellationToken.None);

        Assert.Contains("1 early-warning alert(s) raised", CardText(saved), StringComparison.Ordinal);
        var partition = IndicatorValue.PartitionFor("sales", 2023);
        var alert = Assert.Single(await AllAsync<RiskAlert>(partition));
        Assert.Equal((risk.Id, WarningLevel.Critical), (alert.RiskId, alert.Crossing.Level));
        Assert.Equal(["alert-raised", "values-entered"], (await AllAsync<AuditEvent>(partition)).Select(a => a.Action).Order());
        Assert.Equal(3, (await AllAsync<OutboxMessage>(partition)).Count);
    }

    [Fact]
    public async Task SaveFigure_AnotherDepartmentsHead_RefusedAndNothingWritten()
    {
        var refused = await Figures().HandleAsync(TurnOf(FeatureFlowOrganisation.SalesHead), Figure("ops", "2024-M10", "5"), CancellationToken.None);

        // The sales head is offered only their own department: another one is an input error beside the field.
        Assert.IsType<CardResult>(refused);
        Assert.Empty(await AllAsync<IndicatorValue>(IndicatorValue.PartitionFor("ops", 2024)));
        Assert.Empty(await AllAsync<AuditEvent>(IndicatorValue.PartitionFor("ops", 2024)));
    }

    [Fact]
    public async Task SaveBenchmark_RecordedThenReplaced_OneDocumentTwoAuditEntriesAndOthersRefused()
    {
        var forbidden = await Benchmarks().HandleAsync(TurnOf(FeatureFlowOrganisation.SalesHead), BenchmarkOf("10"), CancellationToken.None);
        Assert.Equal(403, Assert.IsType<ErrorResult>(forbidden).StatusCode);

        var first = await Benchmarks().HandleAsync(TurnOf(FeatureFlowOrganisation.Ops), BenchmarkOf("12.5"), CancellationToken.None);
        var second = await Benchmarks().HandleAsync(TurnOf(FeatureFlowOrganisation.Ops), BenchmarkOf("13"), CancellationToken.None);

        Assert.Contains("Benchmark saved: Profit", CardText(first), StringComparison.Ordinal);
        Assert.Contains("= 13", CardText(second), StringComparison.Ordinal);
        var key = new DocumentKey(IndicatorCatalog.PartitionKey, Benchmark.IdFor("profit", "2026-M09"));
        var stored = await fixture.Store.ReadAsync<Benchmark>(StorageContainers.Indicators, key, CancellationToken.None);
        Assert.Equal((13d, "Industry association", "wang-min"), (stored!.Value.Value, stored.Value.Source, stored.Value.RecordedBy));
        var audit = (await AllAsync<AuditEvent>(IndicatorCatalog.PartitionKey)).Where(a => a.EntityId == key.Id).ToList();
        Assert.Equal(["recorded", "recorded"], audit.Select(a => a.Action));
        Assert.Equal(["12.5", "13"], audit.OrderBy(a => a.Details!["value"], StringComparer.Ordinal).Select(a => a.Details!["value"]));
    }
}
