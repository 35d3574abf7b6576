using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Dashboard;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Planning;
using OpsRhythm.Bot.Resources;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Resources;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Resources;
using OpsRhythm.Domain.Time;
using OpsRhythm.IntegrationTests.Indicators;
using OpsRhythm.IntegrationTests.Turns;
using OpsRhythm.Storage.Contract;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;

namespace OpsRhythm.IntegrationTests.Resources;

/// <summary>
/// Resources against a real store, as the sales head 李强 on 2026-11-26 in Shanghai: the plan's figures from
/// the approved plans (the monthly plan, else the quarterly one spread over its months), the actuals entered on the
/// card, the month flagged and posted to the ops office and the department in the entry's commit when it goes over,
/// and the dashboard's rows. Each test plans and enters its own month, so they share one store.
/// </summary>
public abstract class ResourceFlowContract
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));

    protected abstract IDocumentStore Store { get; }

    private static OrganisationProfile Company => FeatureFlowOrganisation.Profile;

    private ResourcePlans Plans => new(new PlanDocuments(Store));

    private ResourceEntryHandler Handler => new(new ResourceReader(Store), Plans, new CardPipeline(new ChangeWriter(Store), new OrganisationClock(_time)));

    [Fact]
    public async Task Enter_OverTheMonthlyBudget_FlagsPostsToOpsAndDepartmentAndAuditsInOneCommit()
    {
        await SeedApprovedPlanAsync(PlanPeriod.Monthly(2026, 11), budget: 100_000m, headcount: 12);

        var result = await Handler.HandleAsync(Enter(2026, 11, version: null, budget: "120000", headcount: "12", note: "春季促销提前备货"), CancellationToken.None);

        var stored = (await new ResourceReader(Store).ReadAsync("sales", 2026, 11, CancellationToken.None))!.Value;
        Assert.Equal((120_000m, 12, true, false), (stored.Budget, stored.Headcount, stored.OverBudget, stored.OverHeadcount));
        Assert.Equal("monthly-2026-11", stored.Plan.Source);
        var shown = Texts(CardOf(result));
        Assert.Contains(Localizer.ZhCn["Resources.Over"], shown, StringComparison.Ordinal);
        Assert.Contains(Localizer.ZhCn.Format("Resources.Saved", "2026年11月"), shown, StringComparison.Ordinal);
        var posts = await MessagesAsync(2026, "resources:2026-11");
        Assert.Equal(["channel-ops", "channel-sales"], posts.Select(m => m.Target.Id).Order());
        Assert.Contains(Localizer.ZhCn.Format("Resources.OverTitle", "销售部", "2026年11月"), Texts(posts[0].Activity.GetProperty("attachments")[0].GetProperty("content")), StringComparison.Ordinal);
        Assert.Equal(["resources.entered", "resources.over-budget"], (await AuditAsync(2026, "resources:2026-11")).Select(a => a.Action).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Enter_ByTheDepartmentsDeputyWhileTheHeadIsAway_IsEnteredAndAuditedForTheHead()
    {
        await SeedApprovedPlanAsync(PlanPeriod.Monthly(2026, 7), budget: 100_000m, headcount: 12);
        var away = Company with { StandIns = [new StandIn(StandInKind.Department, "sales", "sun-hao", new DateOnly(2000, 1, 1), new DateOnly(2099, 12, 31))] };

        await Handler.HandleAsync(Enter(2026, 7, version: null, budget: "90000", headcount: "12", actor: FeatureFlowOrganisation.Employee, organisation: away), CancellationToken.None);

        Assert.Equal("sun-hao", (await new ResourceReader(Store).ReadAsync("sales", 2026, 7, CancellationToken.None))!.Value.EnteredBy);
        var entered = Assert.Single(await AuditAsync(2026, "resources:2026-07"));
        Assert.Equal(("resources.entered", "sun-hao", "li-qiang"), (entered.Action, entered.ActorPersonId, entered.OnBehalfOf));
    }

    [Fact]
    public async Task Enter_ByAFormerDeputy_IsRefusedAndNothingWritten()
    {
        var over = Company with { StandIns = [new StandIn(StandInKind.Department, "sales", "sun-hao", new DateOnly(2000, 1, 1), new DateOnly(2000, 1, 31))] };

        var result = await Handler.HandleAsync(Enter(2026, 6, version: null, budget: "90000", headcount: "12", actor: FeatureFlowOrganisation.Employee, organisation: over), CancellationToken.None);

        Assert.Equal(403, Assert.IsType<ErrorResult>(result).StatusCode);
        Assert.Null(await new ResourceReader(Store).ReadAsync("sales", 2026, 6, CancellationToken.None));
    }

    [Fact]
    public async Task Enter_Again_ReplacesAtTheCardsVersion_AStaleCardGetsTheCurrentOneAndNothingIsPostedWithinPlan()
    {
        await SeedApprovedPlanAsync(PlanPeriod.Monthly(2026, 10), budget: 100_000m, headcount: 12);
        var first = CardOf(await Handler.HandleAsync(Enter(2026, 10, null, "80000", "11"), CancellationToken.None));
        var button = RequiredButton(first, ResourceVerbs.Enter);

        await Handler.HandleAsync(Enter(2026, 10, button[ActionData.VersionKey], "90000", "12"), CancellationToken.None);
        var stale = await Handler.HandleAsync(Enter(2026, 10, button[ActionData.VersionKey], "1", "1"), CancellationToken.None);

        var stored = (await new ResourceReader(Store).ReadAsync("sales", 2026, 10, CancellationToken.None))!.Value;
        Assert.Equal((90_000m, 12, 2), (stored.Budget, stored.Headcount, stored.Entries));
        Assert.Contains(Localizer.ZhCn[CardAnswers.StaleNoticeKey], Texts(CardOf(stale)), StringComparison.Ordinal);
        Assert.Empty(await MessagesAsync(2026, "resources:2026-10"));
    }

    [Fact]
    public async Task Enter_BadFigures_ErrorsBesideTheFieldsAndNothingWritten()
    {
        var result = await Handler.HandleAsync(Enter(2026, 9, null, "很多", "3.5"), CancellationToken.None);

        var card = CardOf(result).GetRawText();
        Assert.Contains(ResourceFields.Budget + ".error", card, StringComparison.Ordinal);
        Assert.Contains(ResourceFields.Headcount + ".error", card, StringComparison.Ordinal);
        Assert.Null(await new ResourceReader(Store).ReadAsync("sales", 2026, 9, CancellationToken.None));
    }

    [Fact]
    public async Task Plan_WithoutAMonthlyPlan_IsTheQuarterlyBudgetSpreadOverItsMonths()
    {
        await SeedApprovedPlanAsync(PlanPeriod.Quarterly(2026, 4), budget: 300_000m, headcount: 15);

        var plan = await Plans.ForAsync("sales", 2026, 12, CancellationToken.None);

        Assert.Equal(new ResourcePlan(100_000m, 15, "quarterly-2026-Q4"), plan);
    }

    [Fact]
    public async Task Dashboard_ShowsTheMonthFlaggedForTheDepartmentsInDetail()
    {
        await SeedApprovedPlanAsync(PlanPeriod.Monthly(2026, 8), budget: 50_000m, headcount: 5);
        await Handler.HandleAsync(Enter(2026, 8, null, "40000", "7"), CancellationToken.None);
        var section = new ResourceSection(new ResourceReader(Store), Plans);

        var rows = await section.ReadAsync(PlanPeriod.Monthly(2026, 8), ["sales", "hr"], Company, Localizer.ZhCn, CancellationToken.None);

        var row = Assert.Single(rows);
        Assert.Equal(("sales", 50_000m, 40_000m, 5, 7, false, true), (row.DepartmentId, row.PlannedBudget, row.ActualBudget, row.PlannedHeadcount, row.ActualHeadcount, row.OverBudget, row.OverHeadcount));
    }

    private static CardTurn Enter(int year, int month, string? version, string budget, string headcount, string? note = null, Person? actor = null, OrganisationProfile? organisation = null)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ActionData.VerbKey] = ResourceVerbs.Enter,
            [ActionData.EntityIdKey] = ResourceMonth.DocumentIdFor(year, month),
            [ResourceFields.Department] = "sales",
            [ResourceFields.Month] = $"{year:D4}-{month:D2}",
            [ResourceFields.Budget] = budget,
            [ResourceFields.Headcount] = headcount,
        };
        if (version is not null)
        {
            data[ActionData.VersionKey] = version;
        }

        if (note is not null)
        {
            data[ResourceFields.Note] = note;
        }

        return PipelineTurns.Click(actor ?? FeatureFlowOrganisation.SalesHead, ResourceVerbs.Enter, data, organisation ?? Company);
    }

    private async Task SeedApprovedPlanAsync(PlanPeriod period, decimal budget, int headcount)
    {
        var at = _time.GetUtcNow();
        var cycleId = PlanCycle.IdFor(period);
        var content = PlanContent.Empty with { Resources = new ResourceNeeds { Budget = budget, Headcount = headcount } };
        var cycle = new PlanCycle(cycleId, period, PlanCycleState.Published) { DecidedBy = FeatureFlowOrganisation.Ops.Id, DecidedAt = at, DepartmentIds = ["sales"] };
        var plan = new DepartmentPlan(cycleId, "sales", DepartmentPlanState.Accepted)
        {
            Content = content,
            Revision = 1,
            ApprovedRevision = 1,
            History = [new PlanRevision(1, PlanEvents.Approved, FeatureFlowOrganisation.Ops.Id, at, content)],
        };
        await Store.CreateAsync(StorageContainers.Plans, PlanDocuments.CycleKey(cycleId), cycle, CancellationToken.None);
        await Store.CreateAsync(StorageContainers.Plans, PlanDocuments.PlanKey(cycleId, "sales"), plan, CancellationToken.None);
    }

    private async Task<List<OutboxMessage>> MessagesAsync(int year, string documentId) =>
        [.. (await AllAsync<OutboxMessage>(year)).Where(m => m.IdempotencyKey.StartsWith($"sales:{documentId}:", StringComparison.Ordinal))];

    private async Task<List<AuditEvent>> AuditAsync(int year, string documentId) => [.. (await AllAsync<AuditEvent>(year)).Where(a => a.EntityId == documentId)];

    private async Task<List<T>> AllAsync<T>(int year)
    {
        var found = new List<T>();
        await foreach (var item in Store.QueryAsync<T>(StorageContainers.Indicators, IndicatorValue.PartitionFor("sales", year), DocumentQuery.Of<T>(), CancellationToken.None))
        {
            found.Add(item.Value);
        }

        return found;
    }
}
