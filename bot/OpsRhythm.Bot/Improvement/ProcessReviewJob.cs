using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Time;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Improvement;

/// <summary>
/// Periodic process review: on each run, every process whose review is due reminds its owner
/// once for that due date. The reminder and its mark are one batch in the process's partition. The
/// reminder is the review itself: completing it (<see cref="ProcessCardHandler"/>) sets the next due date,
/// which reminds again in its turn.
/// </summary>
internal sealed class ProcessReviewJob(IDocumentStore store, ChangeWriter writer, IOrganisationDirectory directory, IPersonLanguages languages, IConfiguration configuration, OrganisationClock clock) : IScheduledJob
{
    public string Name => "process-review-reminders";

    public string CronExpression => configuration["Improvement:ProcessReviewCron"] ?? "0 9 * * 1";

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var organisation = await directory.GetAsync(cancellationToken);
        var recipients = await languages.ForAsync(organisation, cancellationToken);
        var today = clock.Today(organisation);
        var now = clock.UtcNow;
        await foreach (var stored in store.QueryAcrossPartitionsAsync<ProcessReview>(StorageContainers.Improvement, DocumentQuery.Of<ProcessReview>(), cancellationToken))
        {
            var review = stored.Value;
            if (!review.NeedsReminder(today) || organisation.FindPerson(review.OwnerPersonId) is not { } owner)
            {
                continue;
            }

            var card = ProcessReviewCard.Build(review, stored.Key.PartitionKey, organisation, recipients.For(owner));
            var message = OutboxMessage.Create(OutboxTarget.Person(owner.Id), ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText), $"{review.Id}:remind:{review.NextReview:yyyy-MM-dd}", now);
            try
            {
                await writer.CommitAsync(
                    new Change<ProcessReview>(StorageContainers.Improvement, stored.Key, review with { LastRemindedFor = review.NextReview }, stored.ETag)
                    {
                        Audit = AuditTrail.One(nameof(ProcessReview), review.Id, "review-reminded", "system", now),
                        Messages = [message],
                    },
                    cancellationToken);
            }
            catch (DocumentPreconditionFailedException)
            {
                // Changed meanwhile (reviewed, or reminded by another instance): the next run judges it afresh.
            }
            catch (BatchFailedException)
            {
                // Same reminder already queued (its idempotency key exists): nothing more to do.
            }
        }
    }
}
