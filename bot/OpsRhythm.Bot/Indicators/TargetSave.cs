using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// The targets card's save as a card pipeline verb. Judged by <see cref="TargetEdit"/> (the department's head
/// or the ops office; numbers under their fields); refused as stale when any target changed since the card was
/// drawn (its version is a digest of the targets' ETags, which also answers a Teams retry of a save that went
/// through); written as one <see cref="FigureImport"/> created with its audit entry and the targets (each at
/// the ETag it was read at) in one batch of the partition "{dept}:{year}".
/// </summary>
internal sealed class TargetSave(CardTurn card, TargetBoard board, string departmentId, Period period)
{
    private TargetsView? _view;
    private IReadOnlyList<StoredDocument<IndicatorTarget>> _stored = [];
    private TargetEditResult? _edit;

    public StateChange<FigureImport, IReadOnlyDictionary<string, string>> Change(IndicatorCatalog catalog, OrganisationClock clock) => new()
    {
        Container = StorageContainers.Indicators,
        EntityType = nameof(IndicatorTarget),
        EntityId = _ => $"{departmentId}:{period}",
        Load = async ct =>
        {
            (_view, _stored) = await board.ReadAsync(card.Actor, card.Organisation, departmentId, period, ct);
            var importId = "import:" + Guid.NewGuid().ToString("N");
            var import = new FigureImport(importId, departmentId, FigureKind.Target, 0, card.Actor.Id, clock.UtcNow);
            return NotYetStored.Of(new DocumentKey(IndicatorValue.PartitionFor(departmentId, period.Year), importId), import);
        },
        Version = _ => _view!.Version,
        MayAct = _ => IndicatorAccess.CheckEnterFigures(card.Actor, card.Organisation, departmentId),
        Read = _ => CommandRead.Ok(card.Request.Data),
        Decide = (import, typed) => Decide(import, typed, catalog),
        Also = _ => TargetWrites.Of(_edit!.Put, _edit.Remove, _stored),
        Show = (_, note, ct) => ShowAsync(note, ct),
        Done = import => card.Text.Format("Indicators.Targets.Saved", import.Count.ToString(CultureInfo.InvariantCulture)),
    };

    /// <summary>What differs from the stored targets, recorded as an import; nothing that differs is "no change", not a write.</summary>
    private Decision<FigureImport> Decide(FigureImport import, IReadOnlyDictionary<string, string> typed, IndicatorCatalog catalog)
    {
        _edit = TargetEdit.Decide(card.Actor, card.Organisation, departmentId, period, catalog.Indicators, typed, [.. _stored.Select(s => s.Value)], import.EnteredAt);
        if (_edit.Rejection is { } rejection)
        {
            return Decision.Reject<FigureImport>(rejection);
        }

        if (_edit.Put.Count + _edit.Remove.Count == 0)
        {
            return Decision.Reject<FigureImport>(Rejection.WrongState);
        }

        var details = _edit.Put.ToDictionary(t => t.IndicatorId, t => t.Value.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        foreach (var removed in _edit.Remove)
        {
            details[removed.IndicatorId] = "removed";
        }

        return Decision.Accept(import with { Count = _edit.Put.Count + _edit.Remove.Count }, new WorkflowEvent("targets-set") { Details = details });
    }

    /// <summary>The targets as they are now: with the field errors or the stale notice and what was typed, or with what the save did.</summary>
    private async Task<CardActionResult> ShowAsync(CardNote note, CancellationToken cancellationToken)
    {
        var (view, _) = await board.ReadAsync(card.Actor, card.Organisation, departmentId, period, cancellationToken);
        var (organisation, text) = (card.Organisation, card.Text);
        return CardActionResult.ShowCard(note switch
        {
            { Rejection.Reason: RejectionReason.WrongState } => TargetsCard.Build(view, organisation, text, notice: text["Indicators.Targets.NoChange"]),
            { Rejection: { } rejection } => TargetsCard.Build(view, organisation, text, card.Request.Data, rejection),
            _ when note.Notice == CardAnswers.StaleNotice(card) => TargetsCard.Build(view, organisation, text, card.Request.Data, notice: note.Notice),
            _ => TargetsCard.Build(view, organisation, text, notice: note.Notice),
        });
    }
}
