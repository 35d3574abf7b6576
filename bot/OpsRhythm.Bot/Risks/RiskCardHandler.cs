using OpsRhythm.Bot.Turns.Pipeline;
using System.Globalization;
using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Risks;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Risks;

/// <summary>The risk cards' buttons: register, review, close, heat map, and acknowledging an alert.</summary>
public sealed class RiskCardHandler(RiskReader reader, IndicatorReader indicators, ChangeWriter writer, IDocumentStore store, IOptions<RisksOptions> options, OrganisationClock clock) : ICardActionHandler
{
    /// <summary>A risk's owner may be any member of its department (they get the review reminder), so members pass the scope; who may manage the risk is checked next, before the version.</summary>
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [RiskVerbs.Register] = VerbAccess.Department(RiskMachine.RegisterRoles, r => r.Value("department")),
        [RiskVerbs.Close] = VerbAccess.DepartmentAndMembers(RoleSets.Everyone, r => r.Value("dept")),
        [RiskVerbs.Review] = VerbAccess.DepartmentAndMembers(RoleSets.Everyone, r => r.Value("dept")),
        [RiskVerbs.Show] = VerbAccess.Company(RiskMachine.RegisterRoles),
        [RiskVerbs.HeatMap] = VerbAccess.Department(Role.DepartmentHead | Role.OpsOffice | Role.Leadership, r => r.EntityId),
        [RiskVerbs.AcknowledgeAlert] = VerbAccess.DepartmentAndMembers(RoleSets.Everyone, r => r.Value("pk")?.Split(':')[0]),
    };

    private RiskLevelBands Bands => options.Value.Bands;

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var (turn, request) = (card.Turn, card.Request);
        var actor = card.Actor;
        var (catalog, _) = await indicators.CatalogAsync(cancellationToken);
        return request.Verb switch
        {
            RiskVerbs.Show => RiskMachine.CheckRegister(actor, turn.Organisation, null) is { } rejection
                ? CardAnswers.Forbidden(turn, rejection)
                : CardActionResult.ShowCard(RiskFormCard.Build(turn.Organisation, catalog, IndicatorAccess.DepartmentsFor(actor, turn.Organisation), turn.Text)),
            RiskVerbs.HeatMap => await HeatMapCommand.BuildAsync(reader, options.Value, turn, actor, request.EntityId, cancellationToken) is { } map
                ? CardActionResult.ShowCard(map)
                : CardAnswers.Forbidden(turn, new Rejection(RejectionReason.NotYourDepartment)),
            RiskVerbs.Register => await RegisterAsync(turn, actor, catalog, request, cancellationToken),
            RiskVerbs.AcknowledgeAlert => await AcknowledgeAsync(turn, actor, catalog, request, cancellationToken),
            _ => await ChangeAsync(turn, actor, catalog, request, cancellationToken),
        };
    }

    private async Task<CardActionResult> RegisterAsync(Turn turn, Person actor, IndicatorCatalog catalog, CardActionRequest request, CancellationToken cancellationToken)
    {
        var departments = IndicatorAccess.DepartmentsFor(actor, turn.Organisation);
        if (RiskMachine.CheckRegister(actor, turn.Organisation, request.Value("department")) is { } forbidden)
        {
            return CardAnswers.Forbidden(turn, forbidden);
        }

        var draft = new RiskDraft
        {
            DepartmentId = request.Value("department"),
            Category = request.Value("category"),
            Description = request.Value("description"),
            Likelihood = request.Value("likelihood"),
            Impact = request.Value("impact"),
            Strategy = request.Value("strategy"),
            OwnerPersonId = request.Value("owner"),
            ActionText = request.Value("actionText"),
            ActionOwnerPersonId = request.Value("actionOwner"),
            Counterparty = request.Value("counterparty"),
            ReviewDate = request.Value("reviewDate"),
            IndicatorId = request.Value("indicator"),
            WarningThreshold = request.Value("warning"),
            CriticalThreshold = request.Value("critical"),
        };
        var now = clock.UtcNow;
        var (risk, errors) = RiskValidation.Validate(draft, turn.Organisation, catalog, "risk-" + Guid.NewGuid().ToString("N")[..12], actor, now);
        if (risk is null)
        {
            return CardActionResult.ShowCard(RiskFormCard.Build(turn.Organisation, catalog, departments, turn.Text, request.Data, Rejection.Invalid(errors)));
        }

        var decision = RiskMachine.Register(risk, actor, turn.Organisation);
        if (!decision.IsAccepted)
        {
            return CardAnswers.Forbidden(turn, decision.Rejection!);
        }

        var messages = new List<OutboxMessage>();
        if (risk.OwnerPersonId != actor.Id && turn.Organisation.FindPerson(risk.OwnerPersonId) is { } owner)
        {
            var card = RiskCard.Build(risk, "new", Bands, turn.Organisation, catalog, Localizer.For(owner.Locale));
            messages.Add(OutboxMessage.Create(OutboxTarget.Person(owner.Id), ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText), $"{risk.Id}:registered:owner", now));
        }

        var stored = await writer.CommitAsync(
            new Change<Risk>(StorageContainers.Risks, new DocumentKey(risk.DepartmentId, risk.Id), risk, null)
            {
                Audit = Audit(decision.Events, risk.Id, actor, now),
                Messages = messages,
            },
            cancellationToken);
        return CardActionResult.ShowCard(RiskCard.Build(stored.Value, stored.ETag, Bands, turn.Organisation, catalog, turn.Text, turn.Text["Risks.Registered"]));
    }

    private async Task<CardActionResult> ChangeAsync(Turn turn, Person actor, IndicatorCatalog catalog, CardActionRequest request, CancellationToken cancellationToken)
    {
        if (request.Value("dept") is not { } departmentId || request.EntityId is not { } riskId
            || await reader.ReadAsync(departmentId, riskId, cancellationToken) is not { } current)
        {
            return CardAnswers.NotFound(turn);
        }

        // Who may manage it before the version: a stale click from anyone else must not show the risk.
        if (!RiskMachine.MayManage(current.Value, actor, turn.Organisation))
        {
            return CardAnswers.Forbidden(turn, Rejection.RoleNotAllowed(RiskMachine.RegisterRoles));
        }

        if (request.Version != current.ETag)
        {
            return CardActionResult.ShowCard(RiskCard.Build(current.Value, current.ETag, Bands, turn.Organisation, catalog, turn.Text, turn.Text["Common.Rejection.StaleVersion"]));
        }

        var now = clock.UtcNow;
        Decision<Risk> decision;
        if (request.Verb == RiskVerbs.Close)
        {
            decision = RiskMachine.Close(current.Value, actor, turn.Organisation, request.Value("note"));
        }
        else
        {
            var today = clock.Today(turn.Organisation);
            var next = DateOnly.TryParseExact(request.Value("nextReview"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : today.AddDays(options.Value.DefaultReviewDays);

            // The next review is today or later, and within the years a plan reaches (0001-01-01 was stored).
            decision = next < today || next > DateBounds.Latest(today)
                ? Decision.Reject<Risk>(Rejection.Invalid(new Dictionary<string, FieldError>(StringComparer.Ordinal) { ["nextReview"] = DateBounds.OutOfRange(today, today) }))
                : RiskMachine.Review(current.Value, actor, turn.Organisation, next);
        }

        if (!decision.IsAccepted)
        {
            return decision.Rejection!.Reason == RejectionReason.RoleNotAllowed
                ? CardAnswers.Forbidden(turn, decision.Rejection)
                : CardActionResult.ShowCard(RiskCard.Build(current.Value, current.ETag, Bands, turn.Organisation, catalog, turn.Text, rejection: decision.Rejection));
        }

        try
        {
            var stored = await writer.CommitAsync(
                new Change<Risk>(StorageContainers.Risks, current.Key, decision.State!, current.ETag) { Audit = Audit(decision.Events, riskId, actor, now) },
                cancellationToken);
            var notice = request.Verb == RiskVerbs.Close
                ? turn.Text["Risks.ClosedNotice"]
                : turn.Text.Format("Risks.ReviewRecorded", stored.Value.ReviewDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return CardActionResult.ShowCard(RiskCard.Build(stored.Value, stored.ETag, Bands, turn.Organisation, catalog, turn.Text, notice));
        }
        catch (DocumentPreconditionFailedException)
        {
            var latest = await reader.ReadAsync(departmentId, riskId, cancellationToken);
            return latest is null
                ? CardAnswers.NotFound(turn)
                : CardActionResult.ShowCard(RiskCard.Build(latest.Value, latest.ETag, Bands, turn.Organisation, catalog, turn.Text, turn.Text["Common.Rejection.StaleVersion"]));
        }
    }

    private async Task<CardActionResult> AcknowledgeAsync(Turn turn, Person actor, IndicatorCatalog catalog, CardActionRequest request, CancellationToken cancellationToken)
    {
        if (request.Value("pk") is not { } pk || request.EntityId is not { } alertId
            || await store.ReadAsync<RiskAlert>(StorageContainers.Indicators, new DocumentKey(pk, alertId), cancellationToken) is not { } current
            || await reader.ReadAsync(current.Value.DepartmentId, current.Value.RiskId, cancellationToken) is not { } risk
            || catalog.Find(current.Value.IndicatorId) is not { } indicator)
        {
            return CardAnswers.NotFound(turn);
        }

        if (!RiskMachine.MayManage(risk.Value, actor, turn.Organisation))
        {
            return CardAnswers.Forbidden(turn, Rejection.RoleNotAllowed(RiskMachine.RegisterRoles));
        }

        // Acknowledging twice (a second person, a Teams retry) keeps the first acknowledgement.
        if (current.Value.AcknowledgedBy is not null)
        {
            return CardActionResult.ShowCard(RiskAlertCard.Build(current.Value, current.ETag, risk.Value, indicator, turn.Organisation, turn.Text));
        }

        var now = clock.UtcNow;
        var acknowledged = current.Value with { AcknowledgedBy = actor.Id, AcknowledgedAt = now };
        try
        {
            var stored = await writer.CommitAsync(
                new Change<RiskAlert>(StorageContainers.Indicators, current.Key, acknowledged, current.ETag)
                {
                    Audit = [new AuditEvent("audit:" + Guid.NewGuid().ToString("N"), nameof(RiskAlert), alertId, "acknowledged", actor.Id, now)],
                },
                cancellationToken);
            return CardActionResult.ShowCard(RiskAlertCard.Build(stored.Value, stored.ETag, risk.Value, indicator, turn.Organisation, turn.Text));
        }
        catch (DocumentPreconditionFailedException)
        {
            var latest = await store.ReadAsync<RiskAlert>(StorageContainers.Indicators, current.Key, cancellationToken);
            return CardActionResult.ShowCard(RiskAlertCard.Build(latest!.Value, latest.ETag, risk.Value, indicator, turn.Organisation, turn.Text));
        }
    }

    private static AuditEvent[] Audit(IReadOnlyList<WorkflowEvent> events, string riskId, Person actor, DateTimeOffset now) =>
        [.. events.Select(e => new AuditEvent("audit:" + Guid.NewGuid().ToString("N"), nameof(Risk), riskId, e.Action, actor.Id, now) { Comment = e.Comment, Details = e.Details })];
}
