using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Improvement;

/// <summary>
/// Processes under periodic review: the ops office records one with its owner and the four
/// principles assessed; its owner (or the ops office) completes each review from the reminder, which sets
/// the next review one interval on, so the owner is reminded again when that comes.
/// </summary>
internal sealed class ProcessCardHandler(CardPipeline pipeline, IDocumentStore store) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [ImprovementVerbs.RecordProcess] = VerbAccess.Company(Role.OpsOffice),

        // A process's owner may be anyone; who may review this process is checked on the process itself.
        [ImprovementVerbs.CompleteReview] = VerbAccess.Company(RoleSets.Everyone),
    };

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var today = pipeline.Clock.Today(card.Organisation);
        return card.Verb == ImprovementVerbs.RecordProcess
            ? pipeline.CreateAsync(card, Record(card, today), cancellationToken)
            : pipeline.ChangeAsync(card, Review(card, today), cancellationToken);
    }

    private StateCreation<ProcessReview, RecordProcess> Record(CardTurn card, DateOnly today) => new()
    {
        Container = StorageContainers.Improvement,
        EntityType = nameof(ProcessReview),
        Read = () => ProcessInputs.Record(card),
        Decide = command => ProcessMachine.Record("process-" + Guid.NewGuid().ToString("N")[..12], card.Actor, card.Organisation, command, today),
        Key = p => new DocumentKey(ProcessReview.PartitionKey, p.Id),
        ShowForm = rejection => CardActionResult.ShowCard(ProcessFormCard.Build(card.Organisation, card.Text, card.Request.Data, rejection)),
        Show = (stored, note, _) => Show(card, stored, note),
        Done = _ => card.Text["Improvement.Process.Recorded"],
    };

    private StateChange<ProcessReview, CompleteProcessReview> Review(CardTurn card, DateOnly today) => new()
    {
        Container = StorageContainers.Improvement,
        EntityType = nameof(ProcessReview),
        Load = async ct => card.Value(ProcessFields.Partition) is { } pk && card.Request.EntityId is { } id
            ? await store.ReadAsync<ProcessReview>(StorageContainers.Improvement, new DocumentKey(pk, id), ct)
            : null,
        MayAct = process => ProcessMachine.CheckReview(process, card.Actor),

        // The reminder is sent in the batch that marks it, before it has a version; the due date it names guards a second click.
        ChecksVersion = false,
        Read = process => new CompleteProcessReview(ProcessInputs.ForDue(card) ?? process.NextReview, ProcessInputs.Principles(card), card.Value(ProcessFields.ReviewNote)),
        Decide = (process, command) => ProcessMachine.CompleteReview(process, card.Actor, command, today),
        Show = (stored, note, _) => Show(card, stored, note),
        Done = process => card.Text.Format("Improvement.Review.Completed", Cards.Common.DisplayTime.Date(process.NextReview, card.Text)),
    };

    // A review already done (WrongState) is shown as the process stands, without the form: the next reminder brings it back.
    private static Task<CardActionResult> Show(CardTurn card, StoredDocument<ProcessReview> stored, CardNote note)
    {
        var reviewable = note.Rejection?.Reason == RejectionReason.InvalidInput;
        return Task.FromResult(CardActionResult.ShowCard(ProcessReviewCard.Build(
            stored.Value, stored.Key.PartitionKey, card.Organisation, card.Text, canReview: reviewable,
            typed: reviewable ? card.Request.Data : null, rejection: note.Rejection, notice: note.Notice)));
    }
}
