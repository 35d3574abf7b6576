using System.Globalization;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.ExternalCommunication;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.ExternalCommunication;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.ExternalCommunication;

/// <summary>Records a follow-up with a customer or partner; an owner other than the recorder gets its card 1:1 in the same commit.</summary>
internal sealed class ExternalFollowUpRecordHandler(CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        // A department's own people talk to its customers and partners, so its members record as well as its head.
        [ExternalCommunicationVerbs.Record] = VerbAccess.DepartmentAndMembers(ExternalFollowUpMachine.RecordRoles, r => r.Value(ExternalCommunicationFields.Department)),
    };

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var today = pipeline.Clock.Today(card.Organisation);
        return pipeline.CreateAsync(card, new StateCreation<ExternalFollowUp, RecordExternalFollowUp>
        {
            Container = StorageContainers.Communication,
            EntityType = nameof(ExternalFollowUp),
            Read = () => ExternalFollowUpInput.Read(card, today),
            Decide = command => ExternalFollowUpMachine.Record(card.Actor, card.Organisation, command, "ext-" + Guid.NewGuid().ToString("N")[..12], today, pipeline.Clock.UtcNow),
            Key = followUp => new DocumentKey(followUp.DepartmentId, followUp.Id),
            Messages = made => ToOwner(card, made),
            ShowForm = rejection => CardActionResult.ShowCard(ExternalFollowUpFormCard.Build(
                card.Organisation, ExternalFollowUpMachine.DepartmentsFor(card.Actor, card.Organisation), card.Text, Day(today), card.Request.Data, rejection)),
            Show = (stored, note, _) => Task.FromResult(CardActionResult.ShowCard(ExternalFollowUpCard.Build(stored.Value, stored.ETag, card.Organisation, card.Text, note.Notice, note.Rejection))),
            Done = _ => card.Text["ExternalCommunication.Recorded"],
        }, cancellationToken);
    }

    /// <summary>The owner learns of the follow-up in their language, unless they recorded it themselves.</summary>
    private static OutboxMessage[] ToOwner(CardTurn card, ChangeMade<ExternalFollowUp> made)
    {
        var followUp = made.After;
        if (followUp.OwnerPersonId == card.Actor.Id || card.Organisation.FindPerson(followUp.OwnerPersonId) is not { } owner)
        {
            return [];
        }

        var text = card.Turn.Languages.For(owner);
        var shown = ExternalFollowUpCard.Build(followUp, "new", card.Organisation, text, heading: text.Format("ExternalCommunication.Assigned", card.Actor.Name.For(text.Culture)));
        return [OutboxMessage.Create(OutboxTarget.Person(owner.Id), ActivityFactory.Card(CardJson.ToElement(shown), shown.FallbackText), $"{followUp.Id}:recorded:owner", made.At)];
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
