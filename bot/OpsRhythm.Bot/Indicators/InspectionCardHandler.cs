using OpsRhythm.Bot.Turns.Pipeline;
using System.Globalization;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Improvement;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// Inspections and special audits: recording one opens an improvement action per finding in
/// the same batch and tells each owner; an action is closed with a note by its owner, head or the ops office.
/// </summary>
public sealed class InspectionCardHandler(ChangeWriter writer, IDocumentStore store, OrganisationClock clock) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [IndicatorVerbs.SaveInspection] = VerbAccess.Company(Role.OpsOffice),
        // The action's owner (any employee) closes it too; the machine checks owner, head or ops office before anything is shown.
        [IndicatorVerbs.CloseAction] = VerbAccess.Company(RoleSets.Everyone),
    };

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var (turn, request) = (card.Turn, card.Request);
        return request.Verb == IndicatorVerbs.SaveInspection
            ? SaveAsync(turn, turn.Actor!, request, cancellationToken)
            : CloseAsync(turn, turn.Actor!, request, cancellationToken);
    }

    private async Task<CardActionResult> SaveAsync(Turn turn, Person actor, CardActionRequest request, CancellationToken cancellationToken)
    {
        if (IndicatorAccess.CheckOpsOffice(actor) is { } forbidden)
        {
            return CardAnswers.Forbidden(turn, forbidden);
        }

        var today = clock.Today(turn.Organisation);
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var department = request.Value("department") is { } d ? turn.Organisation.FindDepartment(d) : null;
        if (department is null)
        {
            errors["department"] = new("Indicators.Validation.Required");
        }

        if (!DateOnly.TryParseExact(request.Value("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors["date"] = new("Indicators.Validation.BadDate");
        }

        if (!Enum.TryParse<InspectionRating>(request.Value("rating"), out var rating) || !Enum.IsDefined(rating))
        {
            errors["rating"] = new("Indicators.Validation.Required");
        }

        var kind = Enum.TryParse<InspectionKind>(request.Value("kind"), out var k) && Enum.IsDefined(k) ? k : InspectionKind.OnSite;
        TextLimit.Check(errors, "findings", request.Value("findings"), IndicatorLimits.InspectionFindings);
        var findings = (request.Value("findings") ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var owner = request.Value("owner") is { } o ? turn.Organisation.FindPerson(o) : null;
        var hasDeadline = DateOnly.TryParseExact(request.Value("deadline"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var deadline);
        if (findings.Length > 0 && owner is null)
        {
            errors["owner"] = new("Indicators.Validation.Required");
        }

        if (findings.Length > 0 && (!hasDeadline || deadline < today))
        {
            errors["deadline"] = new("Indicators.Validation.BadDate");
        }

        if (errors.Count > 0)
        {
            return CardActionResult.ShowCard(InspectionCard.Build(turn.Organisation, turn.Text, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), request.Data, Rejection.Invalid(errors)));
        }

        var now = clock.UtcNow;
        var inspection = new Inspection(ImprovementIds.New(date.Year, "insp"), department!.Id, date, kind, rating, findings) { InspectorId = actor.Id, RecordedAt = now };
        var actions = findings.Select(f => new ImprovementAction(ImprovementIds.New(date.Year, "act"), department.Id, f, owner!.Id, deadline) { InspectionId = inspection.Id }).ToList();
        var messages = new List<OutboxMessage>();
        if (owner is not null)
        {
            foreach (var action in actions)
            {
                var card = ImprovementActionCard.Build(action, "new", turn.Organisation, Localizer.For(owner.Locale));
                messages.Add(OutboxMessage.Create(OutboxTarget.Person(owner.Id), ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText), $"{action.Id}:opened", now));
            }
        }

        await writer.CommitAsync(
            new Change<Inspection>(StorageContainers.Improvement, new DocumentKey(ImprovementIds.PartitionOf(inspection.Id)!, inspection.Id), inspection, null)
            {
                Audit = [new AuditEvent("audit:" + Guid.NewGuid().ToString("N"), nameof(Inspection), inspection.Id, "recorded", actor.Id, now)],
                Messages = messages,
                Also = [.. actions.Select(a => BatchOperation.Create(a.Id, a))],
            },
            cancellationToken);
        return CardActionResult.ShowCard(InspectionCard.Recorded(inspection, actions, turn.Organisation, turn.Text));
    }

    private async Task<CardActionResult> CloseAsync(Turn turn, Person actor, CardActionRequest request, CancellationToken cancellationToken)
    {
        if (ImprovementIds.PartitionOf(request.EntityId) is not { } pk
            || await store.ReadAsync<ImprovementAction>(StorageContainers.Improvement, new DocumentKey(pk, request.EntityId!), cancellationToken) is not { } current)
        {
            return CardAnswers.NotFound(turn);
        }

        // The reminder job stamps the action daily, so the card's version is not compared; the state
        // machine refuses closing twice and If-Match guards the write.
        var now = clock.UtcNow;
        var decision = ImprovementActionMachine.Close(current.Value, actor, turn.Organisation, request.Value("note"), now);
        if (!decision.IsAccepted)
        {
            return decision.Rejection!.Reason == RejectionReason.RoleNotAllowed
                ? CardAnswers.Forbidden(turn, decision.Rejection)
                : CardActionResult.ShowCard(ImprovementActionCard.Build(current.Value, current.ETag, turn.Organisation, turn.Text, rejection: decision.Rejection));
        }

        try
        {
            var stored = await writer.CommitAsync(
                new Change<ImprovementAction>(StorageContainers.Improvement, current.Key, decision.State!, current.ETag)
                {
                    Audit = [.. decision.Events.Select(e => new AuditEvent("audit:" + Guid.NewGuid().ToString("N"), nameof(ImprovementAction), current.Value.Id, e.Action, actor.Id, now) { Comment = e.Comment })],
                },
                cancellationToken);
            return CardActionResult.ShowCard(ImprovementActionCard.Build(stored.Value, stored.ETag, turn.Organisation, turn.Text));
        }
        catch (DocumentPreconditionFailedException)
        {
            var latest = await store.ReadAsync<ImprovementAction>(StorageContainers.Improvement, current.Key, cancellationToken);
            return CardActionResult.ShowCard(ImprovementActionCard.Build(latest!.Value, latest.ETag, turn.Organisation, turn.Text, notice: turn.Text["Common.Rejection.StaleVersion"]));
        }
    }
}
