using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Planning;
using OpsRhythm.Bot.Risks;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Risks;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Time;
using OpsRhythm.IntegrationTests.Improvement;
using OpsRhythm.IntegrationTests.Indicators;
using OpsRhythm.IntegrationTests.Turns;
using OpsRhythm.Storage.Contract;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;
using RiskCategory = OpsRhythm.Domain.Risks.RiskCategory;

namespace OpsRhythm.IntegrationTests.Risks;

/// <summary>
/// Continuous monitoring of risks against a real store, as the sales head 李强 and his 孙浩 on
/// Thursday 2026-11-26 in Shanghai: reassessment with history, review reminders for every open risk,
/// high and critical risks told to the ops office and the department, and the risks of approved plans
/// entering the register. Run on SQLite and the Cosmos DB-compatible server.
/// </summary>
public abstract class RiskMonitoringFlowContract
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));

    protected abstract IDocumentStore Store { get; }

    private static OrganisationProfile Company => FeatureFlowOrganisation.Profile;

    private CardPipeline Pipeline => new(new ChangeWriter(Store), new OrganisationClock(_time));

    private RiskRegisterHandler Register => new(new IndicatorReader(Store), Pipeline, Options.Create(new RisksOptions()));

    private RiskReassessHandler Reassess => new(new RiskReader(Store), new IndicatorReader(Store), Pipeline, Options.Create(new RisksOptions()));

    private PersonLanguages Languages => new(Store, new ChangeWriter(Store), _time, NullLogger<PersonLanguages>.Instance);

    [Fact]
    public async Task Register_Critical_PostsToTheOpsOfficeAndTheDepartmentChannelInTheSameCommit()
    {
        var (risk, _) = await RegisterAsync(likelihood: 4, impact: 4);

        var posts = (await MessagesAsync(risk.Id)).Where(m => m.Target.Kind == OutboxTargetKind.Channel).ToList();
        Assert.Equal(["channel-ops", "channel-sales"], posts.Select(m => m.Target.Id).Order());
        Assert.All(posts, m => Assert.Contains(risk.Description, Readable(m), StringComparison.Ordinal));
        Assert.Contains(Localizer.ZhCn.Format("Risks.Raised.Registered", Localizer.ZhCn["Risks.Level.Critical"], "销售部"), Readable(posts[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_Medium_TellsOnlyTheOwner()
    {
        var (risk, _) = await RegisterAsync(likelihood: 2, impact: 3);

        Assert.Equal([OutboxTarget.Person(FeatureFlowOrganisation.Employee.Id)], (await MessagesAsync(risk.Id)).Select(m => m.Target));
    }

    [Fact]
    public async Task Reassess_ByTheOwner_KeepsTheHistoryShowsItAndPostsTheRiseToCritical()
    {
        var (risk, card) = await RegisterAsync(likelihood: 2, impact: 3);
        _time.Advance(TimeSpan.FromDays(7));

        var result = await Reassess.HandleAsync(Click(FeatureFlowOrganisation.Employee, RequiredButton(card, RiskVerbs.Reassess), new()
        {
            [RiskFields.NewLikelihood] = "4", [RiskFields.NewImpact] = "5", [RiskFields.ReassessNote] = "大客户拖欠三个月",
        }), CancellationToken.None);

        var stored = await StoredAsync(risk);
        Assert.Equal((4, 5), (stored.Likelihood, stored.Impact));
        var entry = Assert.Single(stored.Reassessments);
        Assert.Equal((2, 3, FeatureFlowOrganisation.Employee.Id, "大客户拖欠三个月"), (entry.FromLikelihood, entry.FromImpact, entry.ByPersonId, entry.Note));
        var shown = CardOf(result).GetRawText();
        Assert.Contains(Localizer.ZhCn.Format("Risks.History.EntryWithNote", 2, 3, 4, 5, "孙浩", "大客户拖欠三个月"), shown, StringComparison.Ordinal);
        Assert.Contains(Localizer.ZhCn.Format("Risks.Reassessed", 4, 5, 20), shown, StringComparison.Ordinal);
        Assert.Single(await AuditAsync(risk.Id), a => a.Action == "reassessed" && a.Details!["from"] == "2x3" && a.Details["to"] == "4x5");
        Assert.Equal(2, (await MessagesAsync(risk.Id)).Count(m => m.IdempotencyKey.StartsWith($"{risk.Id}:reassessed:1:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Reassess_SameRatings_ErrorBesideTheFieldAndNothingWritten()
    {
        var (risk, card) = await RegisterAsync(likelihood: 2, impact: 3);

        var result = await Reassess.HandleAsync(Click(FeatureFlowOrganisation.Employee, RequiredButton(card, RiskVerbs.Reassess), new()
        {
            [RiskFields.NewLikelihood] = "2", [RiskFields.NewImpact] = "3",
        }), CancellationToken.None);

        Assert.Contains(RiskFields.NewLikelihood + ".error", CardOf(result).GetRawText(), StringComparison.Ordinal);
        Assert.Empty((await StoredAsync(risk)).Reassessments);
    }

    [Fact]
    public async Task ReviewJob_RiskWithoutReviewDate_RemindsTheOwnerOnceAfterTheDefaultInterval()
    {
        var (risk, _) = await RegisterAsync(likelihood: 2, impact: 3);
        var options = new RisksOptions { DefaultReviewDays = 30 };
        var job = new RiskReviewJob(Store, new ChangeWriter(Store), new FixedOrganisation(Company), Languages, Options.Create(options), new OrganisationClock(_time));

        _time.Advance(TimeSpan.FromDays(29));
        await job.RunAsync(_time.GetUtcNow(), CancellationToken.None);
        var early = (await MessagesAsync(risk.Id)).Count(m => m.IdempotencyKey.Contains(":review:", StringComparison.Ordinal));
        _time.Advance(TimeSpan.FromDays(1));
        await job.RunAsync(_time.GetUtcNow(), CancellationToken.None);
        await job.RunAsync(_time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(0, early);
        var reminder = Assert.Single(await MessagesAsync(risk.Id), m => m.IdempotencyKey == $"{risk.Id}:review:2026-12-26");
        Assert.Equal(OutboxTarget.Person(FeatureFlowOrganisation.Employee.Id), reminder.Target);
        Assert.Equal(new DateOnly(2026, 12, 26), (await StoredAsync(risk)).ReviewRemindedFor);
    }

    [Fact]
    public async Task PlanApproved_RisksOfThePlanEnterTheRegisterOnceOwnedByTheHead()
    {
        var cycleId = "monthly-2026-12-" + Guid.NewGuid().ToString("N")[..6];
        await SeedApprovedPlanAsync(cycleId,
        [
            new PlanRisk("r1", "原材料涨价" + cycleId, Domain.Planning.RiskCategory.Market, 4, 4, RiskResponse.Reduce),
            new PlanRisk("r2", "关键岗位流失" + cycleId, Domain.Planning.RiskCategory.People, 2, 2, RiskResponse.Accept),
        ]);
        var register = new PlanRisksToRegister(
            Store, new ChangeWriter(Store), new PlanDocuments(Store), new FixedOrganisation(Company), Languages,
            Options.Create(new RisksOptions()), new OrganisationClock(_time), NullLogger<PlanRisksToRegister>.Instance);

        await register.PlanApprovedAsync(cycleId, CancellationToken.None);
        var again = await register.RegisterCycleAsync(cycleId, CancellationToken.None);

        Assert.Equal(0, again);
        var risks = (await new RiskReader(Store).DepartmentAsync("sales", CancellationToken.None)).Where(r => r.FromPlan?.CycleId == cycleId).OrderBy(r => r.Id).ToList();
        Assert.Equal([(RiskCategory.Market, ResponseStrategy.Reduce), (RiskCategory.People, ResponseStrategy.Accept)], risks.Select(r => (r.Category, r.Strategy)));
        Assert.All(risks, r => Assert.Equal(FeatureFlowOrganisation.SalesHead.Id, r.OwnerPersonId));
        Assert.Equal(new DateOnly(2026, 11, 26).AddDays(new RisksOptions().DefaultReviewDays), risks[1].ReviewDate);
        Assert.Equal(2, (await AuditAsync(risks[0].Id)).Concat(await AuditAsync(risks[1].Id)).Count(a => a.Action == "registered-from-plan"));
        Assert.Equal(["channel-ops", "channel-sales"], (await MessagesAsync(risks[0].Id)).Select(m => m.Target.Id).Order());
        Assert.Empty(await MessagesAsync(risks[1].Id));
    }

    private async Task SeedApprovedPlanAsync(string cycleId, IReadOnlyList<PlanRisk> risks)
    {
        var at = _time.GetUtcNow();
        var content = PlanContent.Empty with { Risks = risks };
        var cycle = new PlanCycle(cycleId, PlanPeriod.Monthly(2026, 12), PlanCycleState.Approved) { DecidedBy = FeatureFlowOrganisation.Ops.Id, DecidedAt = at, DepartmentIds = ["sales"] };
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

    private async Task<(Risk Risk, System.Text.Json.JsonElement Card)> RegisterAsync(int likelihood, int impact)
    {
        var description = "渠道商拖欠货款" + Guid.NewGuid().ToString("N")[..6];
        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [RiskFields.Department] = "sales",
            [RiskFields.Category] = nameof(RiskCategory.Market),
            [RiskFields.Description] = description,
            [RiskFields.Likelihood] = likelihood.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [RiskFields.Impact] = impact.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [RiskFields.Strategy] = nameof(ResponseStrategy.Transfer),
            [RiskFields.Counterparty] = "信用保险公司",
            [RiskFields.Owner] = FeatureFlowOrganisation.Employee.Id,
        };
        var card = CardOf(await Register.HandleAsync(PipelineTurns.Click(FeatureFlowOrganisation.SalesHead, RiskVerbs.Register, form, Company), CancellationToken.None));
        var risk = (await new RiskReader(Store).DepartmentAsync("sales", CancellationToken.None)).Single(r => r.Description == description);
        return (risk, card);
    }

    private static CardTurn Click(Person actor, IReadOnlyDictionary<string, string> button, Dictionary<string, string> inputs)
    {
        var data = new Dictionary<string, string>(button, StringComparer.Ordinal);
        foreach (var (key, value) in inputs)
        {
            data[key] = value;
        }

        return PipelineTurns.Click(actor, data["verb"], data, Company);
    }

    private static string Readable(OutboxMessage message) => Texts(message.Activity.GetProperty("attachments")[0].GetProperty("content"));

    private async Task<Risk> StoredAsync(Risk risk) => (await new RiskReader(Store).ReadAsync(risk.DepartmentId, risk.Id, CancellationToken.None))!.Value;

    private async Task<List<OutboxMessage>> MessagesAsync(string riskId) =>
        [.. (await AllAsync<OutboxMessage>()).Where(m => m.IdempotencyKey.StartsWith(riskId + ":", StringComparison.Ordinal))];

    private async Task<List<AuditEvent>> AuditAsync(string riskId) => [.. (await AllAsync<AuditEvent>()).Where(a => a.EntityId == riskId)];

    private async Task<List<T>> AllAsync<T>()
    {
        var found = new List<T>();
        await foreach (var item in Store.QueryAsync<T>(StorageContainers.Risks, "sales", DocumentQuery.Of<T>(), CancellationToken.None))
        {
            found.Add(item.Value);
        }

        return found;
    }
}
