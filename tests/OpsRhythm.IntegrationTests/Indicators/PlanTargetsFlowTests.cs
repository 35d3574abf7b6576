using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Planning;
using OpsRhythm.Bot.Planning.Approval;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Time;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Indicators;

/// <summary>
/// Targets from approved plans on a real SQLite store: approving a monthly cycle through the planning
/// handler makes the plan's indicator-named targets the month's targets, keeps a target entered by
/// hand, runs once per plan revision, is caught up by the job; and the targets card saves edits.
/// </summary>
public sealed class PlanTargetsFlowTests : IDisposable
{
    private const string Cycle = "monthly-2027-01";
    private const string Partition = "sales:2027";
    private static readonly Person Ops = FeatureFlowOrganisation.Ops;
    private static readonly Person Head = FeatureFlowOrganisation.SalesHead;
    private readonly SqliteStoreFixture _fixture = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 28, 2, 0, 0, TimeSpan.Zero));
    private readonly PlanDocuments _plans;
    private readonly PlanTargetProjector _projector;

    public PlanTargetsFlowTests()
    {
        _plans = new PlanDocuments(Store);
        _projector = new PlanTargetProjector(Store, new ChangeWriter(Store), _plans, new IndicatorReader(Store), new OrganisationClock(_time), NullLogger<PlanTargetProjector>.Instance);
    }

    private OpsRhythm.Storage.Sqlite.SqliteDocumentStore Store => _fixture.Store;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task Approve_PlanTargetsNamingIndicators_BecomeTheMonthsTargetsAndEnteredOneIsKept()
    {
        await SeedAwaitingApprovalAsync(
            new PlanTarget("sales", "万元", 1200m), new PlanTarget("profit", "万元", 300m), new PlanTarget("客户投诉率", "%", 2m),
            new PlanTarget("marketShare", "%", 12m), new PlanTarget("customer-satisfaction", "%", 90m));
        await EnterAsync("profit", 350);

        var approved = await ApproveAsync();

        Assert.IsType<CardResult>(approved);
        var targets = await TargetsAsync();
        Assert.Equal(1200, targets["sales"].Value);
        Assert.Equal((TargetSource.Plan, new PlanTargetSource(Cycle, 1, 1200)), (targets["sales"].Source, targets["sales"].Plan));
        Assert.Equal((TargetSource.Plan, 2.0), (targets["complaint-rate"].Source, targets["complaint-rate"].Value));
        Assert.Equal((TargetSource.Entered, 350.0, 300.0), (targets["profit"].Source, targets["profit"].Value, targets["profit"].Plan!.Value));
        Assert.Equal(["complaint-rate", "profit", "sales"], targets.Keys.Order(StringComparer.Ordinal));
        var record = (await Store.ReadAsync<PlanTargetsApplied>(StorageContainers.Indicators, new DocumentKey(Partition, PlanTargetsApplied.IdFor(Cycle, 1)), default))!.Value;
        Assert.Equal([new SkippedPlanTarget("marketShare", PlanTargets.OtherFrequency), new SkippedPlanTarget("customer-satisfaction", PlanTargets.OtherFrequency)], record.Skipped);
        Assert.Single(await AuditAsync(), a => a.Action == "targets-from-plan" && a.ActorPersonId == Ops.Id && a.Details["plan"] == $"{Cycle}:dept:sales");
    }

    [Fact]
    public async Task ProjectCycle_RunAgain_ChangesNothing()
    {
        await SeedAwaitingApprovalAsync(new PlanTarget("sales", "万元", 1200m));
        await ApproveAsync();
        var before = await StoredTargetsAsync();

        var projected = await _projector.ProjectCycleAsync(Cycle, default);

        Assert.Equal(0, projected);
        Assert.Equal(before.Select(t => t.ETag), (await StoredTargetsAsync()).Select(t => t.ETag));
        Assert.Single(await AuditAsync(), a => a.Action == "targets-from-plan");
    }

    [Fact]
    public async Task Job_ApprovedCycleNotProjected_CatchesUp()
    {
        // As if the service stopped between the approval and the projection.
        await SeedAwaitingApprovalAsync(new PlanTarget("sales", "万元", 800m));
        var cycle = (await _plans.CycleAsync(Cycle, default))!;
        await Store.ReplaceAsync(PlanDocuments.Container, PlanDocuments.CycleKey(Cycle), cycle.Value with { State = PlanCycleState.Approved, DecidedBy = Ops.Id }, cycle.ETag, default);
        var plan = (await _plans.PlanAsync(Cycle, "sales", default))!;
        await Store.ReplaceAsync(PlanDocuments.Container, PlanDocuments.PlanKey(Cycle, "sales"), DepartmentPlanMachine.MarkApproved(plan.Value, Ops.Id, _time.GetUtcNow()), plan.ETag, default);
        var job = new PlanTargetsJob(Store, _projector, new ConfigurationBuilder().Build(), NullLogger<PlanTargetsJob>.Instance);

        await job.RunAsync(_time.GetUtcNow(), default);

        Assert.Equal(800, (await TargetsAsync())["sales"].Value);
    }

    [Fact]
    public async Task ProjectCycle_LaterRevision_ReplacesPlanTargetsRemovesDroppedOnesAndKeepsEntered()
    {
        await SeedAwaitingApprovalAsync(new PlanTarget("sales", "万元", 1200m), new PlanTarget("complaint-rate", "%", 2m));
        await ApproveAsync();
        await EnterAsync("sales", 1300);

        // The plan is approved again at revision 2, without the complaint-rate target and with a higher sales figure.
        var plan = (await _plans.PlanAsync(Cycle, "sales", default))!;
        var revised = plan.Value with { Revision = 2, Content = plan.Value.Content with { Targets = [new PlanTarget("sales", "万元", 1500m)] } };
        await Store.ReplaceAsync(PlanDocuments.Container, PlanDocuments.PlanKey(Cycle, "sales"), DepartmentPlanMachine.MarkApproved(revised, Ops.Id, _time.GetUtcNow()), plan.ETag, default);

        Assert.Equal(1, await _projector.ProjectCycleAsync(Cycle, default));

        var targets = await TargetsAsync();
        Assert.Equal(["sales"], targets.Keys);
        Assert.Equal((TargetSource.Entered, 1300.0, new PlanTargetSource(Cycle, 2, 1500)), (targets["sales"].Source, targets["sales"].Value, targets["sales"].Plan));
    }

    [Fact]
    public async Task TargetsCard_HeadSavesThenRetriesAndTypesText_SavesOnceAndShowsErrorUnderField()
    {
        await SeedAwaitingApprovalAsync(new PlanTarget("sales", "万元", 1200m));
        await ApproveAsync();
        var board = new TargetBoard(Store, new IndicatorReader(Store));
        var command = new TargetsCommand(board, new OrganisationClock(_time));
        var turn = TurnOf(Head);
        await command.HandleAsync(turn, "sales 2027-M01", default);
        var card = turn.Replies.Single().Attachments!.Single().Content!.Value;
        Assert.Contains("From the monthly plan January 2027, revision 1", Texts(card), StringComparison.Ordinal);
        var save = Button(card, IndicatorVerbs.SaveTargets);
        var handler = new TargetsCardHandler(board, new IndicatorReader(Store), new CardPipeline(new ChangeWriter(Store), new OrganisationClock(_time)));
        var typed = new Dictionary<string, string>(save) { [TargetEdit.FieldFor("sales")] = "1250", [TargetEdit.FieldFor("profit")] = "280" };

        var saved = CardOf(await handler.HandleAsync(TurnOf(Head), new CardActionRequest(IndicatorVerbs.SaveTargets, typed, false), default));
        var retried = CardOf(await handler.HandleAsync(TurnOf(Head), new CardActionRequest(IndicatorVerbs.SaveTargets, typed, false), default));
        var wrong = new Dictionary<string, string>(Button(saved, IndicatorVerbs.SaveTargets)) { [TargetEdit.FieldFor("sales")] = "lots" };
        var invalid = CardOf(await handler.HandleAsync(TurnOf(Head), new CardActionRequest(IndicatorVerbs.SaveTargets, wrong, false), default));

        Assert.Contains("2 target changes saved.", Texts(saved), StringComparison.Ordinal);
        Assert.Contains(Localizer.EnUs["Common.Rejection.StaleVersion"], Texts(retried), StringComparison.Ordinal);
        Assert.Contains(Localizer.EnUs["Indicators.Validation.NotANumber"], Texts(invalid), StringComparison.Ordinal);
        Assert.Contains("lots", invalid.ToString(), StringComparison.Ordinal);
        var targets = await TargetsAsync();
        Assert.Equal((TargetSource.Entered, 1250.0, 1200.0), (targets["sales"].Source, targets["sales"].Value, targets["sales"].Plan!.Value));
        Assert.Equal(280, targets["profit"].Value);
        Assert.Single(await AuditAsync(), a => a.Action == "targets-set" && a.ActorPersonId == Head.Id);
    }

    [Fact]
    public async Task TargetsCard_EmployeeSaves_IsForbidden()
    {
        var board = new TargetBoard(Store, new IndicatorReader(Store));
        var (view, _) = await board.ReadAsync(Ops, FeatureFlowOrganisation.Profile, "sales", Period.Month(2027, 1), default);
        var handler = new TargetsCardHandler(board, new IndicatorReader(Store), new CardPipeline(new ChangeWriter(Store), new OrganisationClock(_time)));
        var data = new Dictionary<string, string>(ActionData.For(IndicatorVerbs.SaveTargets, TargetsCard.EntityId("sales", view.Period), view.Version)) { [TargetEdit.FieldFor("sales")] = "1" };

        var result = await handler.HandleAsync(TurnOf(FeatureFlowOrganisation.Employee), new CardActionRequest(IndicatorVerbs.SaveTargets, data, false), default);

        Assert.Equal(403, Assert.IsType<ErrorResult>(result).StatusCode);
        Assert.Empty(await StoredTargetsAsync());
    }

    private static Turn TurnOf(Person actor) => new()
    {
        Activity = new Activity { Type = ActivityTypes.Invoke },
        Text = Localizer.For(actor.Locale),
        Organisation = FeatureFlowOrganisation.Profile,
        Actor = actor,
    };

    private static JsonElement CardOf(CardActionResult result) => CardJson.ToElement(Assert.IsType<CardResult>(result).Card);

    private static string Texts(JsonElement card) => Planning.PlanningHarness.Texts(card);

    private static Dictionary<string, string> Button(JsonElement card, string verb) =>
        Planning.PlanningHarness.RequiredButton(card, verb).ToDictionary(StringComparer.Ordinal);

    private async Task SeedAwaitingApprovalAsync(params PlanTarget[] targets)
    {
        var period = PlanPeriod.Monthly(2027, 1);
        var cycle = new PlanCycle(Cycle, period, PlanCycleState.AwaitingApproval) { DepartmentIds = ["sales"], OpenedBy = Ops.Id, ApprovalRequests = 1 };
        await Store.CreateAsync(PlanDocuments.Container, PlanDocuments.CycleKey(Cycle), cycle, default);
        var content = PlanContent.Empty with { Targets = targets };
        var plan = new DepartmentPlan(Cycle, "sales", DepartmentPlanState.Accepted)
        {
            Content = content,
            Revision = 1,
            History = [new PlanRevision(1, PlanEvents.Submitted, Head.Id, _time.GetUtcNow(), content)],
        };
        await Store.CreateAsync(PlanDocuments.Container, PlanDocuments.PlanKey(Cycle, "sales"), plan, default);
    }

    private async Task<CardActionResult> ApproveAsync()
    {
        var cycle = (await _plans.CycleAsync(Cycle, default))!.Value;
        var pipeline = new CardPipeline(new ChangeWriter(Store), new OrganisationClock(_time));
        var handler = new ApprovalHandler(new PlanWorkflow(_plans, pipeline), pipeline, [_projector]);
        var data = new Dictionary<string, string>(ActionData.For(PlanVerbs.Approve, Cycle, cycle.ApprovalVersion));
        return await handler.HandleAsync(TurnOf(Ops), new CardActionRequest(PlanVerbs.Approve, data, false), default);
    }

    private async Task EnterAsync(string indicatorId, double value)
    {
        var recorder = new FigureRecorder(new ChangeWriter(Store), new IndicatorReader(Store), [new Bot.Risks.EarlyWarningOnEntry(new Bot.Risks.EarlyWarningCheck(Store), new Bot.Organisation.Languages.PersonLanguages(Store, new ChangeWriter(Store), _time, Microsoft.Extensions.Logging.Abstractions.NullLogger<Bot.Organisation.Languages.PersonLanguages>.Instance))], new OrganisationClock(_time));
        var indicator = IndicatorCatalog.Seed.Find(indicatorId)!;
        await recorder.RecordAsync(Head, FeatureFlowOrganisation.Profile, FigureKind.Target, [new IndicatorCsvRow(1, "sales", indicator, Period.Month(2027, 1), value)], default);
    }

    private async Task<List<StoredDocument<IndicatorTarget>>> StoredTargetsAsync() =>
        [.. await new IndicatorReader(Store).TargetsAsync(Partition, default)];

    private async Task<Dictionary<string, IndicatorTarget>> TargetsAsync() =>
        (await StoredTargetsAsync()).ToDictionary(t => t.Value.IndicatorId, t => t.Value, StringComparer.Ordinal);

    private async Task<List<AuditEvent>> AuditAsync()
    {
        var list = new List<AuditEvent>();
        await foreach (var d in Store.QueryAsync<AuditEvent>(StorageContainers.Indicators, Partition, DocumentQuery.Of<AuditEvent>(), default))
        {
            list.Add(d.Value);
        }

        return list;
    }
}
