using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.ExternalCommunication;
using OpsRhythm.Domain.ExternalCommunication;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.ExternalCommunication;

/// <summary>A follow-up is marked done with its outcome, or moved to another date, by its owner, the department's head or the ops office.</summary>
internal sealed class ExternalFollowUpHandler(ExternalFollowUpReader reader, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        // The owner (any employee) acts too; the item rule checks owner, head or ops office before anything is shown.
        [ExternalCommunicationVerbs.Done] = VerbAccess.Company(RoleSets.Everyone),
        [ExternalCommunicationVerbs.Reschedule] = VerbAccess.Company(RoleSets.Everyone),
    };

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken) =>
        card.Verb == ExternalCommunicationVerbs.Done
            ? pipeline.ChangeAsync(card, Verb<CompleteExternalFollowUp>(
                card,
                _ => new CompleteExternalFollowUp(card.Value(ExternalCommunicationFields.Outcome)),
                (f, c) => ExternalFollowUpMachine.Complete(f, card.Actor, card.Organisation, c, pipeline.Clock.UtcNow),
                _ => card.Text["ExternalCommunication.Done.Notice"]), cancellationToken)
            : pipeline.ChangeAsync(card, Verb<RescheduleExternalFollowUp>(
                card,
                _ => new RescheduleExternalFollowUp(ExternalFollowUpInput.Day(card.Value(ExternalCommunicationFields.NewDate))),
                (f, c) => ExternalFollowUpMachine.Reschedule(f, card.Actor, card.Organisation, c, pipeline.Clock.Today(card.Organisation)),
                f => card.Text.Format("ExternalCommunication.Reschedule.Notice", f.Date)), cancellationToken);

    private StateChange<ExternalFollowUp, TCommand> Verb<TCommand>(
        CardTurn card,
        Func<ExternalFollowUp, CommandRead<TCommand>> read,
        Func<ExternalFollowUp, TCommand, Domain.Workflow.Decision<ExternalFollowUp>> decide,
        Func<ExternalFollowUp, string?> done) => new()
        {
            Container = StorageContainers.Communication,
            EntityType = nameof(ExternalFollowUp),
            Load = ct => reader.ReadAsync(card.Value(ExternalCommunicationFields.FollowUpDepartment), card.Request.EntityId, ct),
            MayAct = followUp => ExternalFollowUpMachine.MayManage(followUp, card.Actor, card.Organisation),

            // The reminder job stamps the follow-up while its card is out (the reminder is that card), so the
            // card's version is not compared: the machine refuses marking done twice, and If-Match guards the write.
            ChecksVersion = false,
            Read = read,
            Decide = decide,
            Show = (stored, note, _) => Task.FromResult(CardActionResult.ShowCard(
                ExternalFollowUpCard.Build(stored.Value, stored.ETag, card.Organisation, card.Text, note.Notice, note.Rejection))),
            Done = done,
        };
}
