using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Bot.WeeklyStatus;
using OpsRhythm.Cards.Meetings.Minutes;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings.Minutes.Events;

/// <summary>
/// meetingStart: the occurrence's minutes record is created with the posts to the meeting chat (the weekly
/// meeting's digest and agenda, and the minutes card the operations office records on), in one batch; a
/// redelivered event finds the record and sends nothing again.
/// </summary>
internal sealed class MeetingStartHandler(
    MeetingEventContext context, MinutesViews views, WeeklyDigests digests, IOptions<WeeklyStatusOptions> statusOptions, IPersonLanguages languages, ChangeWriter writer, ILogger<MeetingStartHandler> logger)
    : IActivityEventHandler
{
    public bool Handles(Activity activity) => MeetingEvent.From(activity) is { IsStart: true };

    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (MeetingEvent.From(activity) is not { } meeting || await context.ReadAsync(activity, meeting, cancellationToken) is not { } read)
        {
            logger.EventWithoutMeeting(activity.Name ?? "event");
            return;
        }

        var (organisation, occurrence) = read;

        var now = context.Clock.UtcNow;
        var pk = occurrence.PartitionKey;
        var text = (await languages.ForAsync(organisation, cancellationToken)).Shared;
        var chat = OutboxTarget.Conversation(meeting.ChatId);
        var messages = new List<OutboxMessage>();
        if (occurrence.Kind == MeetingKind.Weekly)
        {
            // The meeting discusses the last week whose reports were due: on a Monday, last week's, not the one just begun.
            var week = StatusWeek.At(now, organisation, statusOptions.Value);
            week = now < week.Deadline ? StatusWeek.At(now.AddDays(-7), organisation, statusOptions.Value) : week;
            var digest = await digests.BuildAsync(organisation, week, now, cancellationToken);
            var digestCard = WeeklyDigestCard.Build(digest, organisation, text);
            messages.Add(OutboxMessage.Create(chat, ActivityFactory.Card(CardJson.ToElement(digestCard), digestCard.FallbackText), $"{pk}:start:digest", now));
        }

        var view = await views.ForAsync(occurrence, null, organisation, text, context.Clock.Today(organisation), cancellationToken);
        var minutesCard = MinutesCard.Build(view, organisation, text);
        messages.Add(OutboxMessage.Create(chat, ActivityFactory.Card(CardJson.ToElement(minutesCard), minutesCard.FallbackText), $"{pk}:start:minutes", now));

        var id = MinutesIds.Minutes(pk);
        var record = new MeetingMinutes(id, occurrence.MeetingId, occurrence.Date, occurrence.Kind)
        {
            Topic = occurrence.Topic,
            ChatId = meeting.ChatId,
            TeamsMeetingId = meeting.TeamsMeetingId,
            ServiceUrl = meeting.ServiceUrl,
            StartedAt = now,
        };
        try
        {
            await writer.CommitAsync(
                new Change<MeetingMinutes>(StorageContainers.Meetings, new DocumentKey(pk, id), record, null)
                {
                    Audit = AuditTrail.One(nameof(MeetingMinutes), id, "started", "system", now),
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
