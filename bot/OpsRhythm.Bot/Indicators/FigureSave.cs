using OpsRhythm.Bot.Hosting.Telemetry;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// The figure entry card's save as a card pipeline verb: one figure of a department the actor may enter
/// (the head their own, the ops office any; ), written as one <see cref="FigureImport"/> created with
/// the figure, its audit entry and the early-warning alerts it raises with their messages, in one batch
/// (<see cref="FigureRecorder.PrepareAsync"/>). The form is blank, not drawn from the figures, so it has no
/// version to compare; the figure's write is still guarded by the ETag it was read at, and a lost race answers
/// with the form as typed and the stale notice.
/// </summary>
internal sealed class FigureSave(CardTurn card, FigureRecorder recorder, FigureEntryForm form)
{
    private FigureBatch? _batch;

    public StateChange<FigureImport, IndicatorCsvRow> Change(FigureKind kind, IndicatorCsvRow row) => new()
    {
        Container = StorageContainers.Indicators,
        EntityType = nameof(FigureImport),
        Load = async ct =>
        {
            _batch = await recorder.PrepareAsync(card.Actor, card.Organisation, kind, row.DepartmentId, row.Period.Year, [row], ct);
            return NotYetStored.Of(_batch.Key, _batch.Import);
        },
        ChecksVersion = false,
        MayAct = _ => IndicatorAccess.CheckEnterFigures(card.Actor, card.Organisation, row.DepartmentId),
        Read = _ => row,
        Decide = (import, _) => Decision.Accept(import, _batch!.Entered),
        Messages = _ => _batch!.Messages,
        Also = _ => _batch!.Writes,
        Show = (_, note, _) => Task.FromResult(CardActionResult.ShowCard(note.Notice == CardAnswers.StaleNotice(card)
            ? form.Build(card.Request.Data, new Rejection(RejectionReason.StaleVersion))
            : form.Saved(kind, row, note.Notice))),
        Done = _ =>
        {
            // Counted once the alerts are committed with the figure.
            BotTelemetry.EarlyWarningsRaised(_batch!.Alerts);
            return form.SavedNotice(row, _batch.Alerts);
        },
    };
}
