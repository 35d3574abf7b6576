using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Improvement.Actions;
using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.IntegrationTests.Turns;
using OpsRhythm.Storage.Contract;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;

namespace OpsRhythm.IntegrationTests.Indicators;

/// <summary>
/// Evaluation results feed improvement and rewards on a real store: from the scorecard of a department that
/// missed its sales target, its head opens an improvement action for the owner, who is told in the same batch; an
/// employee is refused and a met target is answered beside its field; the month's ranking names the people who
/// earned reward points or closed actions on time. Each test has a department and a person of its own, as the store
/// is shared. Run on SQLite and the Cosmos DB-compatible server.
/// </summary>
public abstract class EvaluationActionContract
{
    // 2026-11-05 10:00 in Shanghai: October's scorecard is the one to act on.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 5, 2, 0, 0, TimeSpan.Zero));
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    protected abstract IDocumentStore Store { get; }

    private string Department => "plant-" + _suffix;

    private Person Worker => new("worker-" + _suffix, new("周工", "Zhou Gong")) { DepartmentId = Department, Roles = Role.Employee };

    private OrganisationProfile Company => FeatureFlowOrganisation.Profile with
    {
        Departments = [.. FeatureFlowOrganisation.Profile.Departments, new(Department, new("生产部", "Production")) { HeadPersonId = FeatureFlowOrganisation.SalesHead.Id }],
        People = [.. FeatureFlowOrganisation.Profile.People, Worker],
    };

    private CardPipeline Pipeline => new(new ChangeWriter(Store), new OrganisationClock(_time));

    [Fact]
    public async Task Open_HeadForTheMissedSalesTarget_ActionStoredOwnerToldAudited()
    {
        await FiguresAsync();

        var shown = await OpenAsync(FeatureFlowOrganisation.SalesHead, "sales@2026-M10");

        Assert.NotNull(Button(CardOf(shown), IndicatorVerbs.CloseAction));
        var action = Assert.Single(await ActionsAsync());
        Assert.Equal((Worker.Id, "sales:2026-M10", ImprovementActionState.Open), (action.OwnerPersonId, action.EvaluationOf, action.State));
        var told = Assert.Single(await MessagesAsync(), m => m.IdempotencyKey == $"{action.Id}:opened");
        Assert.Equal(OutboxTarget.Person(Worker.Id), told.Target);
        Assert.Single(await AuditAsync(), a => a.EntityId == action.Id && a.Action == "opened" && a.ActorPersonId == FeatureFlowOrganisation.SalesHead.Id);
    }

    [Fact]
    public async Task Open_AnEmployeeOrAMetTarget_NothingStored()
    {
        await FiguresAsync();

        var refused = await OpenAsync(FeatureFlowOrganisation.Employee, "sales@2026-M10");
        var met = await OpenAsync(FeatureFlowOrganisation.SalesHead, "profit@2026-M10");

        Assert.Equal(403, Assert.IsType<Bot.Turns.ErrorResult>(refused).StatusCode);
        Assert.Contains("请选择一项未达目标的指标", Texts(CardOf(met)), StringComparison.Ordinal);
        Assert.Empty(await ActionsAsync());
    }

    [Fact]
    public async Task Ranking_RewardPointsAndAnActionClosedOnTimeInTheMonth_ThePersonIsRecognised()
    {
        var at = new DateTimeOffset(2026, 10, 20, 2, 0, 0, TimeSpan.Zero);
        await Store.CreateAsync(StorageContainers.Improvement, new DocumentKey("2026", RewardLedgerEntry.IdFor("s-" + _suffix)),
            new RewardLedgerEntry(RewardLedgerEntry.IdFor("s-" + _suffix), Worker.Id, 1000, "suggestion", "s-" + _suffix) { AwardedBy = FeatureFlowOrganisation.Ops.Id, AwardedAt = at },
            CancellationToken.None);
        var closed = new ImprovementAction("2026-act-" + _suffix, Department, "整改", Worker.Id, new DateOnly(2026, 10, 31)) { State = ImprovementActionState.Closed, ClosedAt = at, ClosedBy = Worker.Id };
        await Store.CreateAsync(StorageContainers.Improvement, new DocumentKey("2026", closed.Id), closed, CancellationToken.None);

        var ranking = await new ScorecardBuilder(new IndicatorReader(Store), Store).CompanyAsync(IndicatorCatalog.Seed, Company, Period.Month(2026, 10), CancellationToken.None);

        var worker = Assert.Single(ranking.People, p => p.PersonId == Worker.Id);
        Assert.Equal((1000, 1), (worker.Points, worker.ActionsClosedOnTime));
    }

    private Task<Bot.Turns.CardActionResult> OpenAsync(Person actor, string choice) =>
        new EvaluationActionHandler(new IndicatorReader(Store), new ScorecardBuilder(new IndicatorReader(Store), Store), Pipeline).HandleAsync(
            PipelineTurns.Click(actor, EvaluationActionCard.Open, new Dictionary<string, string>
            {
                [ActionData.EntityIdKey] = Department,
                [IndicatorFields.Month] = "2026-M10",
                [IndicatorFields.Indicator] = choice,
                [IndicatorFields.Findings] = "大客户回款周期过长，每周跟进一次",
                [IndicatorFields.Owner] = Worker.Id,
                [IndicatorFields.Deadline] = "2026-12-15",
            }, Company),
            CancellationToken.None);

    /// <summary>October: sales 900 against 1,000 (missed), profit 200 against 150 (met).</summary>
    private async Task FiguresAsync()
    {
        var pk = IndicatorValue.PartitionFor(Department, 2026);
        foreach (var (indicator, value, target) in new[] { ("sales", 900.0, 1000.0), ("profit", 200.0, 150.0) })
        {
            await Store.CreateAsync(StorageContainers.Indicators, new DocumentKey(pk, IndicatorValue.IdFor(indicator, "2026-M10")),
                new IndicatorValue(Department, indicator, "2026-M10", value) { EnteredBy = FeatureFlowOrganisation.SalesHead.Id, EnteredAt = _time.GetUtcNow() }, CancellationToken.None);
            await Store.CreateAsync(StorageContainers.Indicators, new DocumentKey(pk, IndicatorTarget.IdFor(indicator, "2026-M10")),
                new IndicatorTarget(Department, indicator, "2026-M10", target) { SetBy = FeatureFlowOrganisation.Ops.Id, SetAt = _time.GetUtcNow() }, CancellationToken.None);
        }
    }

    private async Task<List<ImprovementAction>> ActionsAsync()
    {
        var list = new List<ImprovementAction>();
        await foreach (var a in Store.QueryAsync<ImprovementAction>(StorageContainers.Improvement, "2026", DocumentQuery.Of<ImprovementAction>(), CancellationToken.None))
        {
            if (a.Value.DepartmentId == Department)
            {
                list.Add(a.Value);
            }
        }

        return list;
    }

    private async Task<List<OutboxMessage>> MessagesAsync()
    {
        var list = new List<OutboxMessage>();
        await foreach (var m in Store.QueryAsync<OutboxMessage>(StorageContainers.Improvement, "2026", DocumentQuery.Of<OutboxMessage>(), CancellationToken.None))
        {
            list.Add(m.Value);
        }

        return list;
    }

    private async Task<List<AuditEvent>> AuditAsync()
    {
        var list = new List<AuditEvent>();
        await foreach (var a in Store.QueryAsync<AuditEvent>(StorageContainers.Improvement, "2026", DocumentQuery.Of<AuditEvent>(), CancellationToken.None))
        {
            list.Add(a.Value);
        }

        return list;
    }
}
