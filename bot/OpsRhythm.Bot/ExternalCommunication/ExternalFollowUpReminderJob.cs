using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Cards.ExternalCommunication;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.ExternalCommunication;
using OpsRhythm.Domain.Time;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.ExternalCommunication;

/// <summary>
/// Reminds owners of their follow-ups with customers and partners: once when the date is
/// <c>ExternalCommunication:RemindDaysBefore</c> days away or nearer, once when it has come, on the follow-up's
/// card (so the owner marks it done from the reminder) in the owner's language. Each reminder stamps the
/// follow-up in the batch that queues it, so a run repeated or caught up reminds nobody twice.
/// </summary>
internal sealed class ExternalFollowUpReminderJob(
    IDocumentStore store, ChangeWriter writer, IOrganisationDirectory directory, IPersonLanguages languages, IOptions<ExternalCommunicationOptions> options, OrganisationClock clock) : IScheduledJob
{
    public string Name => "external-follow-up-reminders";

    public string CronExpression => options.Value.ReminderCron;

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var organisation = await directory.GetAsync(cancellationToken);
        var readers = await languages.ForAsync(organisation, cancellationToken);
        var today = clock.Today(organisation);
        var now = clock.UtcNow;
        var query = DocumentQuery.Of<ExternalFollowUp>().Where("state", ExternalFollowUpState.Open);
        await foreach (var stored in store.QueryAcrossPartitionsAsync<ExternalFollowUp>(StorageContainers.Communication, query, cancellationToken))
        {
            var followUp = stored.Value;
            var owed = ExternalFollowUpDue.Owed(followUp, today, options.Value.RemindDaysBefore);
            if (owed == ExternalFollowUpReminder.Nothing || organisation.FindPerson(followUp.OwnerPersonId) is not { } owner)
            {
                continue;
            }

            var next = ExternalFollowUpDue.Reminded(followUp, owed);
            var text = readers.For(owner);
            var heading = text.Format(owed == ExternalFollowUpReminder.Due ? "ExternalCommunication.Reminder.Due" : "ExternalCommunication.Reminder.Before", followUp.Date);
            var card = ExternalFollowUpCard.Build(next, "reminder", organisation, text, heading: heading);
            var message = OutboxMessage.Create(
                OutboxTarget.Person(owner.Id), ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText), $"{followUp.Id}:{owed}:{followUp.Date:yyyy-MM-dd}", now);
            try
            {
                await writer.CommitAsync(
                    new Change<ExternalFollowUp>(StorageContainers.Communication, stored.Key, next, stored.ETag)
                    {
                        Audit = AuditTrail.One(nameof(ExternalFollowUp), followUp.Id, owed == ExternalFollowUpReminder.Due ? "reminded-due" : "reminded-before", "system", now),
                        Messages = [message],
                    },
                    cancellationToken);
            }
            catch (DocumentPreconditionFailedException)
            {
                // Done or moved meanwhile: the next run judges it afresh.
            }
        }
    }
}
