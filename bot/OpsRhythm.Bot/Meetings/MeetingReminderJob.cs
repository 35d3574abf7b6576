using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// Reminds of meetings starting within <see cref="MeetingsOptions.ReminderMinutesBefore"/>: the weekly
/// meeting to the ops channel and every attendee, a coordination meeting to its participants, each in
/// their own language and time zone, with an activity-feed item where Graph is configured (the chat
/// message is the fallback). Once per meeting occurrence, however often or late the job runs.
/// </summary>
internal sealed class MeetingReminderJob(IOrganisationDirectory directory, IPersonLanguages languages, MeetingDocuments documents, ChangeWriter writer, IOptions<MeetingsOptions> options, OrganisationClock clock) : IScheduledJob
{
    public string Name => "meeting-reminder";

    public string CronExpression => options.Value.ReminderCron;

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var organisation = await directory.GetAsync(cancellationToken);
        var readers = await languages.ForAsync(organisation, cancellationToken);
        var now = clock.UtcNow;
        // Meetings not started yet whose reminder time has come by this occurrence; a catch-up after a restart still reminds of those ahead.
        var horizon = occurrence.AddMinutes(options.Value.ReminderMinutesBefore);
        foreach (var meeting in await documents.OccurrencesBetweenAsync(now, horizon, cancellationToken))
        {
            // The weekly meeting is also announced in the ops channel; a coordination meeting only to its participants.
            var recipients = new Recipients(meeting.PersonIds, meeting.IsWeekly ? organisation.OpsChannelId : null);
            await RemindAsync(meeting.MeetingId, meeting.Subject, meeting.Start, meeting.JoinUrl, recipients, readers, organisation, now, cancellationToken);
        }
    }

    private async Task RemindAsync(string meetingId, Func<Localizer, string> subject, DateTimeOffset start, string? joinUrl, Recipients recipients, RecipientLanguages readers, OrganisationProfile organisation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling((start - now).TotalMinutes));
        var startId = Scheduling.JobOccurrence.IdOf(start);
        var messages = new List<OutboxMessage>();
        if (recipients.ChannelId is { } channel)
        {
            var card = MeetingReminderCard.Build(subject(readers.Shared), start, minutes, joinUrl, OrganisationZones.Of(organisation), readers.Shared);
            messages.Add(OutboxMessage.Create(OutboxTarget.Channel(channel), ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText), $"meeting:{meetingId}:{startId}:reminder:channel", now));
        }

        foreach (var person in recipients.PersonIds.Select(organisation.FindPerson).OfType<Person>())
        {
            var text = readers.For(person);
            var card = MeetingReminderCard.Build(subject(text), start, minutes, joinUrl, MeetingPlans.ZoneOf(person, organisation), text);
            messages.Add(OutboxMessage.Create(OutboxTarget.Person(person.Id), ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText), $"meeting:{meetingId}:{startId}:reminder:{person.Id}", now)
                with { ActivityFeed = ActivityFeedItem.Create(ActivityFeedTypes.MeetingReminder, ("meetingName", subject(text)), ("start", DisplayTime.Moment(start, MeetingPlans.ZoneOf(person, organisation), text))) });
        }

        try
        {
            await writer.CommitAsync(
                new Change<MeetingReminderRecord>(StorageContainers.Meetings, new DocumentKey(meetingId, "reminder:" + startId), new MeetingReminderRecord(meetingId, start, now), null) { Messages = messages },
                cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // Reminded already for this occurrence.
        }
    }

    private sealed record Recipients(IReadOnlyList<string> PersonIds, string? ChannelId);
}
