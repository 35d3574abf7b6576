using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Risks;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Time;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Indicators;

/// <summary>
/// Figures entered against a real store: alerts are written with the value, once per crossing, and an
/// import of any size stays within a batch's limits. Run on SQLite and the Cosmos DB-compatible server.
/// </summary>
public abstract class EarlyWarningFlowContract
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 3, 2, 0, 0, TimeSpan.Zero));

    private static readonly Indicator Complaints = IndicatorCatalog.Seed.Find("complaint-rate")!;

    protected abstract IDocumentStore Store { get; }

    private FigureRecorder Recorder()
    {
        var store = Store;
        return new FigureRecorder(new ChangeWriter(store), new IndicatorReader(store), new EarlyWarningCheck(store), new OrganisationClock(_time));
    }

    private async Task<string> SeedRiskAsync(string department)
    {
        var risk = new Risk("risk-" + Guid.NewGuid().ToString("N")[..8], department, RiskCategory.Market, "投诉上升导致大客户流失", 4, 4)
        {
            Strategy = ResponseStrategy.Reduce,
            OwnerPersonId = "li-qiang",
            Actions = [new RiskAction("每周复盘投诉", "sun-hao")],
            IndicatorLinks = [new IndicatorLink(Complaints.Id, 3, 5) { RecoveryMargin = 0.2 }],
            CreatedBy = "li-qiang",
            CreatedAt = _time.GetUtcNow(),
        };
        await Store.CreateAsync(StorageContainers.Risks, new DocumentKey(department, risk.Id), risk, CancellationToken.None);
        return risk.Id;
    }

    private Task<(int Saved, int Alerts)> EnterAsync(string department, string period, double value) =>
        Recorder().RecordAsync(FeatureFlowOrganisation.SalesHead, FeatureFlowOrganisation.Profile with
        {
            Departments = [.. FeatureFlowOrganisation.Profile.Departments, new(department, new("测试部", "Test")) { HeadPersonId = "li-qiang", ChannelId = "channel-" + department }],
        }, FigureKind.Value, [new IndicatorCsvRow(1, department, Complaints, Period.Parse(period), value)], CancellationToken.None);

    private async Task<List<T>> AllAsync<T>(string pk)
    {
        var list = new List<T>();
        await foreach (var d in Store.QueryAsync<T>(StorageContainers.Indicators, pk, DocumentQuery.Of<T>(), CancellationToken.None))
        {
            list.Add(d.Value);
        }

        return list;
    }

    [ContractFact]
    public async Task RecordAsync_ValuePastCritical_AlertAndMessagesWrittenWithValue()
    {
        var department = "d" + Guid.NewGuid().ToString("N")[..8];
        var riskId = await SeedRiskAsync(department);

        Assert.Equal(0, (await EnterAsync(department, "2026-M09", 2.0)).Alerts);
        Assert.Equal(1, (await EnterAsync(department, "2026-M10", 5.6)).Alerts);

        var pk = IndicatorValue.PartitionFor(department, 2026);
        var alert = Assert.Single(await AllAsync<RiskAlert>(pk));
        Assert.Equal((riskId, WarningLevel.Critical, "2026-M10"), (alert.RiskId, alert.Crossing.Level, alert.Period));
        Assert.Equal(0.6, alert.Crossing.Excess, 6);
        var messages = await AllAsync<OutboxMessage>(pk);
        Assert.Equal(
            [(OutboxTargetKind.Person, "li-qiang"), (OutboxTargetKind.Channel, "channel-" + department), (OutboxTargetKind.Channel, "channel-ops")],
            messages.Select(m => (m.Target.Kind, m.Target.Id)).Order());
        var feed = messages.Single(m => m.Target.Kind == OutboxTargetKind.Person).ActivityFeed;
        // The owner li-qiang reads English: the feed item names the department in his language.
        Assert.Equal((ActivityFeedTypes.RiskAlert, "Test"), (feed?.Type, feed?.Parameters["department"]));
        Assert.All(messages.Where(m => m.Target.Kind == OutboxTargetKind.Channel), m => Assert.Null(m.ActivityFeed));
        Assert.Contains("5.6", messages.Single(m => m.Target.Kind == OutboxTargetKind.Person).Activity.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(2, (await AllAsync<IndicatorValue>(pk)).Count);
    }

    [ContractFact]
    public async Task RecordAsync_CorrectionAndStillCritical_NoSecondAlertUntilRecovered()
    {
        var department = "d" + Guid.NewGuid().ToString("N")[..8];
        await SeedRiskAsync(department);

        Assert.Equal(1, (await EnterAsync(department, "2026-M08", 5.5)).Alerts);
        Assert.Equal(0, (await EnterAsync(department, "2026-M08", 5.9)).Alerts);
        Assert.Equal(0, (await EnterAsync(department, "2026-M09", 4.9)).Alerts);
        Assert.Equal(0, (await EnterAsync(department, "2026-M10", 2.0)).Alerts);
        Assert.Equal(1, (await EnterAsync(department, "2026-M11", 3.4)).Alerts);

        var alerts = await AllAsync<RiskAlert>(IndicatorValue.PartitionFor(department, 2026));
        Assert.Equal([("2026-M08", WarningLevel.Critical), ("2026-M11", WarningLevel.Warning)], alerts.Select(a => (a.Period, a.Crossing.Level)).Order());
    }

    [ContractFact]
    public async Task RecordAsync_NoRiskWatching_ValueSavedWithoutAlert()
    {
        var department = "d" + Guid.NewGuid().ToString("N")[..8];

        var (saved, alerts) = await EnterAsync(department, "2026-M10", 9.9);

        Assert.Equal((1, 0), (saved, alerts));
        Assert.Empty(await AllAsync<OutboxMessage>(IndicatorValue.PartitionFor(department, 2026)));
    }

    [ContractFact]
    public async Task RecordAsync_500RowsOfOneDepartmentYear_SavesEveryRowRaisesTheAlertOnceAndAgainChangesNothing()
    {
        var department = "d" + Guid.NewGuid().ToString("N")[..8];
        await SeedRiskAsync(department);
        var pk = IndicatorValue.PartitionFor(department, 2026);
        var synthetic = Enumerable.Range(1, 41)
            .Select(i => new Indicator($"x-{i}", new($"指标{i}", $"Indicator {i}"), IndicatorGroup.Internal, "%", IndicatorDirection.HigherIsBetter, IndicatorFrequency.Monthly));
        var rows = new[] { Complaints }.Concat(synthetic)
            .SelectMany(indicator => Enumerable.Range(1, 12).Select(month => (indicator, month)))
            .Take(IndicatorCsv.MaxRows)
            .Select((r, line) => new IndicatorCsvRow(line + 2, department, r.indicator, Period.Parse($"2026-M{r.month:00}"), r.indicator == Complaints && r.month == 12 ? 5.6 : 1.0))
            .ToList();
        var profile = FeatureFlowOrganisation.Profile with
        {
            Departments = [.. FeatureFlowOrganisation.Profile.Departments, new(department, new("测试部", "Test")) { HeadPersonId = "li-qiang", ChannelId = "channel-" + department }],
        };

        var (saved, alerts) = await Recorder().RecordAsync(FeatureFlowOrganisation.SalesHead, profile, FigureKind.Value, rows, CancellationToken.None);
        var again = await Recorder().RecordAsync(FeatureFlowOrganisation.SalesHead, profile, FigureKind.Value, rows, CancellationToken.None);

        Assert.Equal((500, 1), (saved, alerts));
        Assert.Equal((500, 0), again);
        Assert.Equal(500, (await AllAsync<IndicatorValue>(pk)).Count);
        Assert.Single(await AllAsync<RiskAlert>(pk));
        Assert.Equal(3, (await AllAsync<OutboxMessage>(pk)).Count);
        Assert.Empty(await AllAsync<MessageSpill>(pk));
    }
}
