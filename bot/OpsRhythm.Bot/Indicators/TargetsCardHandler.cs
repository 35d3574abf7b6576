using OpsRhythm.Bot.Turns.Pipeline;
using System.Globalization;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Auditing;
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
public sealed class TargetsCardHandler(TargetBoard board, IndicatorReader reader, ChangeWriter writer, OrganisationClock clock) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [IndicatorVerbs.ShowTargets] = VerbAccess.Department(Role.DepartmentHead | Role.OpsOffice | Role.Leadership, r => TargetsCard.ParseEntityId(r.EntityId)?.DepartmentId),
        [IndicatorVerbs.SaveTargets] = VerbAccess.Department(IndicatorAccess.FigureRoles, r => TargetsCard.ParseEntityId(r.EntityId)?.DepartmentId),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var (turn, request) = (card.Turn, card.Request);
        var actor = card.Actor;
        if (TargetsCard.ParseEntityId(request.EntityId) is not { } drawn)
        {
            return CardAnswers.NotFound(turn);
        }

        var (departmentId, period) = drawn;
        if (request.Verb == IndicatorVerbs.ShowTargets)
        {
            departmentId = request.Value("department") ?? departmentId;
            if (request.Value("period") is { } typedPeriod && !Period.TryParse(typedPeriod, out period))
            {
                var (current, _) = await board.ReadAsync(actor, turn.Organisation, drawn.DepartmentId, drawn.Period, cancellationToken);
                var invalid = Rejection.Invalid(new Dictionary<string, FieldError> { ["period"] = new("Indicators.Validation.BadPeriod") });
                return CardActionResult.ShowCard(TargetsCard.Build(current, turn.Organisation, turn.Text, request.Data, invalid));
            }
        }

        if (turn.Organisation.FindDepartment(departmentId) is null)
        {
            return CardAnswers.NotFound(turn);
        }

        if (!IndicatorAccess.MayView(actor, departmentId, turn.Organisation))
        {
            return CardActionResult.ShowError(StatusCodes.Status403Forbidden, "forbidden", turn.Text["Indicators.Targets.NotAllowed"]);
        }

        var (view, stored) = await board.ReadAsync(actor, turn.Organisation, departmentId, period, cancellationToken);
        if (request.Verb == IndicatorVerbs.ShowTargets)
        {
            return CardActionResult.ShowCard(TargetsCard.Build(view, turn.Organisation, turn.Text));
        }

        if (!string.Equals(request.Version, view.Version, StringComparison.Ordinal))
        {
            return CardActionResult.ShowCard(TargetsCard.Build(view, turn.Organisation, turn.Text, request.Data, notice: turn.Text["Common.Rejection.StaleVersion"]));
        }

        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        var now = clock.UtcNow;
        var edit = TargetEdit.Decide(actor, turn.Organisation, departmentId, period, catalog.Indicators, request.Data, [.. stored.Select(s => s.Value)], now);
        if (edit.Rejection is { } rejection)
        {
            return rejection.Reason == RejectionReason.InvalidInput
                ? CardActionResult.ShowCard(TargetsCard.Build(view, turn.Organisation, turn.Text, request.Data, rejection))
                : CardAnswers.Forbidden(turn, rejection);
        }

        if (edit.Put.Count + edit.Remove.Count == 0)
        {
            return CardActionResult.ShowCard(TargetsCard.Build(view, turn.Organisation, turn.Text, notice: turn.Text["Indicators.Targets.NoChange"]));
        }

        try
        {
            await CommitAsync(actor.Id, departmentId, period, edit, stored, now, cancellationToken);
        }
        catch (Exception e) when (e is DocumentPreconditionFailedException or BatchFailedException or DocumentConflictException)
        {
            var (current, _) = await board.ReadAsync(actor, turn.Organisation, departmentId, period, cancellationToken);
            return CardActionResult.ShowCard(TargetsCard.Build(current, turn.Organisation, turn.Text, request.Data, notice: turn.Text["Common.Rejection.StaleVersion"]));
        }

        var (saved, _) = await board.ReadAsync(actor, turn.Organisation, departmentId, period, cancellationToken);
        var changes = (edit.Put.Count + edit.Remove.Count).ToString(CultureInfo.InvariantCulture);
        return CardActionResult.ShowCard(TargetsCard.Build(saved, turn.Organisation, turn.Text, notice: turn.Text.Format("Indicators.Targets.Saved", changes)));
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
        var audit = new AuditEvent("audit:" + Guid.NewGuid().ToString("N"), nameof(IndicatorTarget), $"{departmentId}:{period}", "targets-set", actorId, now) { Details = details };
        await writer.CommitAsync(
            new Change<FigureImport>(StorageContainers.Indicators, new DocumentKey(IndicatorValue.PartitionFor(departmentId, period.Year), importId), import, null)
            {
                Audit = [audit],
                Also = operations,
            },
            cancellationToken);
    }
}
