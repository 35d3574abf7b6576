using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Time;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Improvement.Actions;

/// <summary>
/// Follows improvement actions up: reminds the owner daily in the days before the deadline and,
/// once overdue, escalates to the department head and the ops office's channel, once.
/// </summary>
internal sealed class ImprovementActionFollowUpJob(IDocumentStore store, ChangeWriter writer, IOrganisationDirectory directory, IPersonLanguages languages, IConfiguration configuration, OrganisationClock clock) : IScheduledJob
{
    public string Name => "improvement-action-follow-up";

    public string CronExpression => configuration["Indicators:FollowUpCron"] ?? "0 9 * * *";

    private int RemindDaysBefore => int.TryParse(configuration["Indicators:RemindDaysBefore"], System.Globalization.CultureInfo.InvariantCulture, out var days) ? days : 3;

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var organisation = await directory.GetAsync(cancellationToken);
        var readers = await languages.ForAsync(organisation, cancellationToken);
        var today = clock.Today(organisation);
        var now = clock.UtcNow;
        var query = DocumentQuery.Of<ImprovementAction>().Where("state", ImprovementActionState.Open);
        await foreach (var stored in store.QueryAcrossPartitionsAsync<ImprovementAction>(StorageContainers.Improvement, query, cancellationToken))
        {
            var action = stored.Value;
            var followUp = ImprovementActionMachine.Due(action, today, RemindDaysBefore);
            if (followUp == FollowUp.Nothing)
            {
                continue;
            }

            var next = followUp == FollowUp.RemindOwner ? action with { RemindedOn = today } : action with { EscalatedOn = today };
            var recipients = new List<(OutboxTarget Target, Localizer Text)>();
            if (organisation.FindPerson(action.OwnerPersonId) is { } owner)
            {
                recipients.Add((OutboxTarget.Person(owner.Id), readers.For(owner)));
            }

            if (followUp == FollowUp.Escalate)
            {
                if (organisation.HeadOf(action.DepartmentId) is { } head && head.Id != action.OwnerPersonId)
                {
                    recipients.Add((OutboxTarget.Person(head.Id), readers.For(head)));
                }

                if (organisation.OpsChannelId is { } ops)
                {
                    recipients.Add((OutboxTarget.Channel(ops), readers.Shared));
                }
            }

            var messages = recipients.Select(r =>
            {
                var card = ImprovementActionCard.Build(next, "follow-up", organisation, r.Text, followUp);
                var message = OutboxMessage.Create(r.Target, ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText), $"{action.Id}:{followUp}:{today:yyyy-MM-dd}:{r.Target.Id}", now);
                return r.Target == OutboxTarget.Person(action.OwnerPersonId) ? message with { ActivityFeed = ActionDue(action, r.Text) } : message;
            }).ToList();
            try
            {
                await writer.CommitAsync(
                    new Change<ImprovementAction>(StorageContainers.Improvement, stored.Key, next, stored.ETag)
                    {
                        Audit = AuditTrail.One(nameof(ImprovementAction), action.Id, followUp == FollowUp.RemindOwner ? "reminded" : "escalated", "system", now),
                        Messages = messages,
                    },
                    cancellationToken);
            }
            catch (DocumentPreconditionFailedException)
            {
                // Closed or followed up meanwhile: the next run judges it afresh.
            }
        }
    }

    /// <summary>The owner's activity-feed item ("Improvement action due {due}: {subject}"), before the deadline and once overdue.</summary>
    private static ActivityFeedItem ActionDue(ImprovementAction action, Localizer text) =>
        ActivityFeedItem.Create(ActivityFeedTypes.ActionDue, ("due", DisplayTime.Date(action.Deadline, text)), ("subject", action.Finding));
}
