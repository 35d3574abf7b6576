using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Meetings.Minutes;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings.Minutes.Events;

/// <summary>
/// meetingEnd: the minutes (decisions, action items by owner) go to the meeting chat and the ops channel, and
/// each owner gets their items in their 1:1 chat, in the same batch that stamps the occurrence's record as
/// ended; a redelivered event finds it ended and sends nothing again.
/// </summary>
internal sealed class MeetingEndHandler(MeetingEventContext context, MinutesStore minutes, MinutesViews views, IPersonLanguages languages, ChangeWriter writer, ILogger<MeetingEndHandler> logger)
    : IActivityEventHandler
{
    public bool Handles(Activity activity) => MeetingEvent.From(activity) is { IsStart: false };

    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (MeetingEvent.From(activity) is not { } meeting || await context.ReadAsync(activity, meeting, cancellationToken) is not { } read)
        {
            logger.EventWithoutMeeting(activity.Name ?? "event");
            return;
        }

        var (organisation, occurrence) = read;

        var pk = occurrence.PartitionKey;
        var stored = await minutes.ReadMinutesAsync(occurrence, cancellationToken);
        if (stored?.Value.EndedAt is not null)
        {
            logger.EventRepeated(meeting.Name, pk);
            return;
        }

        var now = context.Clock.UtcNow;
        var id = MinutesIds.Minutes(pk);
        var record = (stored?.Value ?? new MeetingMinutes(id, occurrence.MeetingId, occurrence.Date, occurrence.Kind) { Topic = occurrence.Topic })
            with { ChatId = meeting.ChatId, EndedAt = now };
        var readers = await languages.ForAsync(organisation, cancellationToken);
        var view = await views.ForAsync(occurrence, null, organisation, readers.Shared, context.Clock.Today(organisation), cancellationToken) with { Ended = true };
        var card = MinutesCard.Build(view, organisation, readers.Shared);
        var minutesActivity = ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText);
        var messages = new List<OutboxMessage> { OutboxMessage.Create(OutboxTarget.Conversation(meeting.ChatId), minutesActivity, $"{pk}:end:chat", now) };
        if (organisation.OpsChannelId is { } ops)
        {
            messages.Add(OutboxMessage.Create(OutboxTarget.Channel(ops), minutesActivity, $"{pk}:end:ops", now));
        }

        foreach (var item in view.Items.Where(i => i.State == ActionItemState.Open))
        {
            if (organisation.FindPerson(item.OwnerPersonId) is { } owner)
            {
                messages.Add(ActionItemMessages.ToOwner(item, owner, organisation, readers.For(owner), now));
            }
        }

        try
        {
            await writer.CommitAsync(
                new Change<MeetingMinutes>(StorageContainers.Meetings, new DocumentKey(pk, id), record, stored?.ETag)
                {
                    Audit = AuditTrail.One(nameof(MeetingMinutes), id, "ended", "system", now),
                    Messages = messages,
                },
                cancellationToken);
        }
        catch (Exception e) when (CardPipeline.IsLostRace(e))
        {
            logger.EventRepeated(meeting.Name, pk);
        }
    }
}
