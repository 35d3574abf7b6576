using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Risks;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Risks;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Time;
using OpsRhythm.IntegrationTests.Indicators;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.IntegrationTests.Turns;
using OpsRhythm.Storage.Contract;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;

namespace OpsRhythm.IntegrationTests.Risks;

/// <summary>
/// The risk cards' verbs through the card pipeline on a real SQLite file, as the sales head registering a
/// risk owned by one of his people on Thursday 2026-11-26 in Shanghai.
/// </summary>
public sealed class RiskCardFlowTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private static readonly Person Outsider = new("zhou-na", new("周娜", "Zhou Na")) { DepartmentId = "sales", Roles = Role.Employee };
    private static readonly OrganisationProfile Company = FeatureFlowOrganisation.Profile with { People = [.. FeatureFlowOrganisation.Profile.People, Outsider] };

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));

    private RiskRegisterHandler Register => new RiskRegisterHandler(new IndicatorReader(fixture.Store), Pipeline, Options.Create(new RisksOptions()));

    private RiskReviewHandler Review => new RiskReviewHandler(new RiskReader(fixture.Store), new IndicatorReader(fixture.Store), Pipeline, Options.Create(new RisksOptions()));

    private CardPipeline Pipeline => new(new ChangeWriter(fixture.Store), new OrganisationClock(_time));

    [Fact]
    public async Task Register_BadRating_FormKeepsWhatWasTypedWithTheErrorBesideTheField()
    {
        var result = await Register.HandleAsync(Click(FeatureFlowOrganisation.SalesHead, RiskVerbs.Register, Form((RiskFields.Likelihood, "9"))), CancellationToken.None);

        var card = CardOf(result);
        Assert.Contains(Localizer.ZhCn["Risks.Validation.Rating"], Texts(card), StringComparison.Ordinal);
        Assert.Contains("渠道商拖欠货款", card.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_Valid_StoresTheRiskAuditsItAndTellsTheOwnerInTheSameCommit()
    {
        var (risk, card) = await RegisterAsync();

        Assert.Contains(Localizer.ZhCn["Risks.Registered"], Texts(card), StringComparison.Ordinal);
        Assert.Equal(("sales", FeatureFlowOrganisation.Employee.Id), (risk.DepartmentId, risk.OwnerPersonId));
        Assert.Equal(["registered"], (await AllAsync<AuditEvent>()).Where(a => a.EntityId == risk.Id).Select(a => a.Action));
        var message = Assert.Single(await AllAsync<OutboxMessage>(), m => m.IdempotencyKey == $"{risk.Id}:registered:owner");
        Assert.Equal(OutboxTarget.Person(FeatureFlowOrganisation.Employee.Id), message.Target);
    }

    [Fact]
    public async Task Review_ByTheOwner_SetsTheNextReviewAndAuditsIt()
    {
        var (risk, card) = await RegisterAsync();

        var result = await Review.HandleAsync(Click(FeatureFlowOrganisation.Employee, RiskVerbs.Review, new(RequiredButton(card, RiskVerbs.Review)) { [RiskFields.NextReview] = "2026-12-15" }), CancellationToken.None);

        Assert.Contains(Localizer.ZhCn.Format("Risks.ReviewRecorded", new DateOnly(2026, 12, 15)), Texts(CardOf(result)), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 15), (await StoredAsync(risk)).ReviewDate);
        Assert.Contains("reviewed", (await AllAsync<AuditEvent>()).Where(a => a.EntityId == risk.Id).Select(a => a.Action));
    }

    [Fact]
    public async Task Review_DateBeforeToday_ErrorBesideTheDateAndNothingWritten()
    {
        var (risk, card) = await RegisterAsync();

        var result = await Review.HandleAsync(Click(FeatureFlowOrganisation.Employee, RiskVerbs.Review, new(RequiredButton(card, RiskVerbs.Review)) { [RiskFields.NextReview] = "2026-11-25" }), CancellationToken.None);

        Assert.Contains(RiskFields.NextReview, CardOf(result).GetRawText(), StringComparison.Ordinal);
        Assert.Null((await StoredAsync(risk)).ReviewDate);
    }

    [Fact]
    public async Task Close_StaleCardOfSomeoneWhoMayNotManageIt_403WithoutTheRisk()
    {
        var (risk, card) = await RegisterAsync();
        var stale = new Dictionary<string, string>(RequiredButton(card, RiskVerbs.Close)) { ["v"] = "old" };

        var result = await Review.HandleAsync(Click(Outsider, RiskVerbs.Close, stale), CancellationToken.None);

        var error = Assert.IsType<ErrorResult>(result);
        Assert.Equal(StatusCodes.Status403Forbidden, error.StatusCode);
        Assert.DoesNotContain(risk.Description, error.Message, StringComparison.Ordinal);
        Assert.Equal(RiskStatus.Open, (await StoredAsync(risk)).Status);
    }

    [Fact]
    public async Task Close_TwiceFromTheSameCard_SecondAnswersTheClosedRiskAsStale()
    {
        var (risk, card) = await RegisterAsync();
        var close = new Dictionary<string, string>(RequiredButton(card, RiskVerbs.Close));

        var closed = await Review.HandleAsync(Click(FeatureFlowOrganisation.SalesHead, RiskVerbs.Close, close), CancellationToken.None);
        var again = await Review.HandleAsync(Click(FeatureFlowOrganisation.SalesHead, RiskVerbs.Close, close), CancellationToken.None);

        Assert.Contains(Localizer.ZhCn["Risks.ClosedNotice"], Texts(CardOf(closed)), StringComparison.Ordinal);
        Assert.Contains(Localizer.ZhCn[CardAnswers.StaleNoticeKey], Texts(CardOf(again)), StringComparison.Ordinal);
        Assert.Equal(RiskStatus.Closed, (await StoredAsync(risk)).Status);
        Assert.Single(await AllAsync<AuditEvent>(), a => a.EntityId == risk.Id && a.Action == "closed");
    }

    [Fact]
    public async Task AcknowledgeAlert_CardDrawnBeforeTheAlertWasStored_AcknowledgedOnceByTheOwner()
    {
        var (risk, _) = await RegisterAsync();
        var pk = IndicatorValue.PartitionFor("sales", 2026);
        var alert = new RiskAlert(RiskAlert.IdFor(risk.Id, "complaint-rate", "2026-M10", WarningLevel.Critical), risk.Id, "sales", "complaint-rate", "2026-M10", new ThresholdCrossing(WarningLevel.Critical, 5.6, 5))
        {
            RaisedAt = _time.GetUtcNow(),
        };
        await fixture.Store.CreateAsync(StorageContainers.Indicators, new DocumentKey(pk, alert.Id), alert, CancellationToken.None);
        var handler = new RiskAlertHandler(new RiskReader(fixture.Store), new IndicatorReader(fixture.Store), fixture.Store, Pipeline);
        var button = new Dictionary<string, string> { ["id"] = alert.Id, ["v"] = "raised", [RiskFields.AlertPartition] = pk };

        await handler.HandleAsync(Click(FeatureFlowOrganisation.Employee, RiskVerbs.AcknowledgeAlert, button), CancellationToken.None);
        await handler.HandleAsync(Click(FeatureFlowOrganisation.SalesHead, RiskVerbs.AcknowledgeAlert, button), CancellationToken.None);

        var stored = await fixture.Store.ReadAsync<RiskAlert>(StorageContainers.Indicators, new DocumentKey(pk, alert.Id), CancellationToken.None);
        Assert.Equal(FeatureFlowOrganisation.Employee.Id, stored!.Value.AcknowledgedBy);
        var audit = new List<AuditEvent>();
        await foreach (var a in fixture.Store.QueryAsync<AuditEvent>(StorageContainers.Indicators, pk, DocumentQuery.Of<AuditEvent>(), CancellationToken.None))
        {
            audit.Add(a.Value);
        }

        Assert.Single(audit, a => a.EntityId == alert.Id && a.Action == "acknowledged");
    }

    private static Dictionary<string, string> Form(params (string Field, string Value)[] typed)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [RiskFields.Department] = "sales",
            [RiskFields.Category] = nameof(RiskCategory.Market),
            [RiskFields.Description] = "渠道商拖欠货款" + Guid.NewGuid().ToString("N")[..6],
            [RiskFields.Likelihood] = "3",
            [RiskFields.Impact] = "4",
            [RiskFields.Strategy] = nameof(ResponseStrategy.Transfer),
            [RiskFields.Counterparty] = "信用保险公司",
            [RiskFields.Owner] = FeatureFlowOrganisation.Employee.Id,
        };
        foreach (var (field, value) in typed)
        {
            form[field] = value;
        }

        return form;
    }

    private async Task<(Risk Risk, System.Text.Json.JsonElement Card)> RegisterAsync()
    {
        var form = Form();
        var card = CardOf(await Register.HandleAsync(Click(FeatureFlowOrganisation.SalesHead, RiskVerbs.Register, form), CancellationToken.None));
        var risk = (await new RiskReader(fixture.Store).DepartmentAsync("sales", CancellationToken.None)).Single(r => r.Description == form[RiskFields.Description]);
        return (risk, card);
    }

    private async Task<Risk> StoredAsync(Risk risk) => (await new RiskReader(fixture.Store).ReadAsync(risk.DepartmentId, risk.Id, CancellationToken.None))!.Value;

    private static CardTurn Click(Person actor, string verb, Dictionary<string, string> data) => PipelineTurns.Click(actor, verb, data, Company);

    private async Task<List<T>> AllAsync<T>()
    {
        var found = new List<T>();
        await foreach (var item in fixture.Store.QueryAsync<T>(StorageContainers.Risks, "sales", DocumentQuery.Of<T>(), CancellationToken.None))
        {
            found.Add(item.Value);
        }

        return found;
    }
}
