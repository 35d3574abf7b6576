using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Meetings.Minutes;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Time;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>
/// Follows meeting action items up as improvement actions are: reminds the owner daily in the
/// days before the deadline and, once overdue, escalates once to the item's department head and the ops
/// channel. Each stamp is written with its messages in one batch under the item's ETag.
/// </summary>
internal sealed class ActionItemFollowUpJob(MinutesStore minutes, ChangeWriter writer, IOrganisationDirectory directory, IPersonLanguages languages, IOptions<MeetingsOptions> options, OrganisationClock clock) : IScheduledJob
{
    public string Name => "action-item-follow-up";

    public string CronExpression => options.Value.ActionItemFollowUpCron;

    private int RemindDaysBefore => options.Value.ActionItemRemindDaysBefore;

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var organisation = await directory.GetAsync(cancellationToken);
        var readers = await languages.ForAsync(organisation, cancellationToken);
        var today = clock.Today(organisation);
        var now = clock.UtcNow;
        await foreach (var stored in minutes.AllItemsAsync(ActionItemState.Open, cancellationToken))
        {
            var item = stored.Value;
            var followUp = ActionItemMachine.Due(item, today, RemindDaysBefore);
            if (followUp == FollowUp.Nothing)
            {
                continue;
            }

            var next = followUp == FollowUp.RemindOwner ? item with { RemindedOn = today } : item with { EscalatedOn = today };
            var recipients = new List<(OutboxTarget Target, Localizer Text, bool Owner)>();
            if (organisation.FindPerson(item.OwnerPersonId) is { } owner)
            {
                recipients.Add((OutboxTarget.Person(owner.Id), readers.For(owner), true));
            }

            if (followUp == FollowUp.Escalate)
            {
                if (item.DepartmentId is { } department && organisation.HeadOf(department) is { } head && head.Id != item.OwnerPersonId)
                {
                    recipients.Add((OutboxTarget.Person(head.Id), readers.For(head), false));
                }

                if (organisation.OpsChannelId is { } ops)
                {
                    recipients.Add((OutboxTarget.Channel(ops), readers.Shared, false));
                }
            }

            var messages = recipients.Select(r =>
            {
                var card = ActionItemCard.Build(next, "follow-up", organisation, r.Text, new ActionItemView { MayClose = r.Owner, FollowUp = followUp });
                var message = OutboxMessage.Create(r.Target, ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText), $"{item.Id}:{followUp}:{today:yyyy-MM-dd}:{r.Target.Id}", now);
                return r.Owner ? message with { ActivityFeed = ActivityFeedItem.Create(ActivityFeedTypes.ActionItemDue, ("due", Cards.Common.DisplayTime.Date(item.Deadline, r.Text)), ("subject", item.Text)) } : message;
            }).ToList();
            try
            {
                await writer.CommitAsync(
                    new Change<ActionItem>(StorageContainers.Meetings, stored.Key, next, stored.ETag)
                    {
                        Audit = AuditTrail.One(nameof(ActionItem), item.Id, followUp == FollowUp.RemindOwner ? "reminded" : "escalated", "system", now),
                        Messages = messages,
                    },
                    cancellationToken);
            }
            catch (DocumentPreconditionFailedException)
            {
                // Closed or changed meanwhile: the next run judges it afresh.
            }
        }
    }
}
