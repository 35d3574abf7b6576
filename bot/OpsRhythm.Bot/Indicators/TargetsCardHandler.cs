using OpsRhythm.Bot.Turns.Pipeline;
using System.Globalization;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// The targets card: show another department or period, and save. A save is judged by
/// <see cref="TargetEdit"/> (the department's head or the ops office; numbers under their fields), is
/// refused as stale when any target changed since the card was drawn (also answering a Teams retry
/// of a save that went through), and writes the targets with their audit event in one batch of the
/// partition "{dept}:{year}", each target guarded by the ETag it was read at.
/// </summary>
internal sealed class TargetsCardHandler(TargetBoard board, IndicatorReader reader, ChangeWriter writer, OrganisationClock clock) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [IndicatorVerbs.ShowTargets] = VerbAccess.Department(Role.DepartmentHead | Role.OpsOffice | Role.Leadership, r => TargetsCard.ParseEntityId(r.EntityId)?.DepartmentId),
        [IndicatorVerbs.SaveTargets] = VerbAccess.Department(IndicatorAccess.FigureRoles, r => TargetsCard.ParseEntityId(r.EntityId)?.DepartmentId),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        if (TargetsCard.ParseEntityId(card.Request.EntityId) is not { } drawn)
        {
            return CardAnswers.NotFound(card);
        }

        var (departmentId, period) = drawn;
        if (card.Verb == IndicatorVerbs.ShowTargets)
        {
            departmentId = card.Value(IndicatorFields.Department) ?? departmentId;
            if (card.Value(IndicatorFields.Period) is { } typedPeriod && !Period.TryParse(typedPeriod, out period))
            {
                var (current, _) = await board.ReadAsync(card.Actor, card.Organisation, drawn.DepartmentId, drawn.Period, cancellationToken);
                var invalid = Rejection.Invalid(new Dictionary<string, FieldError> { [IndicatorFields.Period] = new("Indicators.Validation.BadPeriod") });
                return CardActionResult.ShowCard(TargetsCard.Build(current, card.Organisation, card.Text, card.Request.Data, invalid));
            }
        }

        if (card.Organisation.FindDepartment(departmentId) is null)
        {
            return CardAnswers.NotFound(card);
        }

        if (!IndicatorAccess.MayView(card.Actor, departmentId, card.Organisation))
        {
            return CardActionResult.ShowError(StatusCodes.Status403Forbidden, "forbidden", card.Text["Indicators.Targets.NotAllowed"]);
        }

        var (view, stored) = await board.ReadAsync(card.Actor, card.Organisation, departmentId, period, cancellationToken);
        if (card.Verb == IndicatorVerbs.ShowTargets)
        {
            return CardActionResult.ShowCard(TargetsCard.Build(view, card.Organisation, card.Text));
        }

        if (!string.Equals(card.Request.Version, view.Version, StringComparison.Ordinal))
        {
            return CardActionResult.ShowCard(TargetsCard.Build(view, card.Organisation, card.Text, card.Request.Data, notice: CardAnswers.StaleNotice(card)));
        }

        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        var now = clock.UtcNow;
        var edit = TargetEdit.Decide(card.Actor, card.Organisation, departmentId, period, catalog.Indicators, card.Request.Data, [.. stored.Select(s => s.Value)], now);
        if (edit.Rejection is { } rejection)
        {
            return rejection.Reason == RejectionReason.InvalidInput
                ? CardActionResult.ShowCard(TargetsCard.Build(view, card.Organisation, card.Text, card.Request.Data, rejection))
                : CardAnswers.Forbidden(card, rejection);
        }

        if (edit.Put.Count + edit.Remove.Count == 0)
        {
            return CardActionResult.ShowCard(TargetsCard.Build(view, card.Organisation, card.Text, notice: card.Text["Indicators.Targets.NoChange"]));
        }

        try
        {
            await CommitAsync(card.Actor.Id, departmentId, period, edit, stored, now, cancellationToken);
        }
        catch (Exception e) when (CardPipeline.IsLostRace(e))
        {
            var (current, _) = await board.ReadAsync(card.Actor, card.Organisation, departmentId, period, cancellationToken);
            return CardActionResult.ShowCard(TargetsCard.Build(current, card.Organisation, card.Text, card.Request.Data, notice: CardAnswers.StaleNotice(card)));
        }

        var (saved, _) = await board.ReadAsync(card.Actor, card.Organisation, departmentId, period, cancellationToken);
        var changes = (edit.Put.Count + edit.Remove.Count).ToString(CultureInfo.InvariantCulture);
        return CardActionResult.ShowCard(TargetsCard.Build(saved, card.Organisation, card.Text, notice: card.Text.Format("Indicators.Targets.Saved", changes)));
    }

    private async Task CommitAsync(
        string actorId, string departmentId, Period period, TargetEditResult edit, IReadOnlyList<StoredDocument<IndicatorTarget>> stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var operations = TargetWrites.Of(edit.Put, edit.Remove, stored);
        var details = edit.Put.ToDictionary(t => t.IndicatorId, t => t.Value.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        foreach (var removed in edit.Remove)
        {
            details[removed.IndicatorId] = "removed";
        }

        var importId = "import:" + Guid.NewGuid().ToString("N");
        var import = new FigureImport(importId, departmentId, FigureKind.Target, edit.Put.Count + edit.Remove.Count, actorId, now);
        var audit = AuditTrail.Of(nameof(IndicatorTarget), $"{departmentId}:{period}", [new WorkflowEvent("targets-set") { Details = details }], actorId, now);
        await writer.CommitAsync(
            new Change<FigureImport>(StorageContainers.Indicators, new DocumentKey(IndicatorValue.PartitionFor(departmentId, period.Year), importId), import, null)
            {
                Audit = audit,
                Also = operations,
            },
            cancellationToken);
    }
}
