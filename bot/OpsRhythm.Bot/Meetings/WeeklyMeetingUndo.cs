using OpsRhythm.Bot.Graph;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// A weekly meeting change whose versioned write lost the race after its calendar call: the calendar goes back
/// to what the store holds, since the batch cannot take the call back. Runs without the turn's cancellation.
/// </summary>
internal sealed class WeeklyMeetingUndo(MeetingDocuments documents, IMeetingCalendar calendar, ChangeWriter writer, OrganisationClock clock, ILogger<WeeklyMeetingUndo> logger)
{
    /// <summary>
    /// A schedule lost the race after its calendar call: a moved event goes back to the meeting the store holds
    /// (the winner's move, or the slot before), or is cancelled if the store no longer names it; a created one is cancelled.
    /// </summary>
    public async Task<StoredDocument<WeeklyMeeting>?> ScheduleAsync(ChangeMade<WeeklyMeeting> made, bool moved, StoredDocument<WeeklyMeeting>? latest, OrganisationProfile organisation)
    {
        if (!moved)
        {
            await CompensateAsync(made.After.EventId, organisation);
            return latest;
        }

        var eventId = made.Before!.EventId!;
        if (latest?.Value is not { } winner || !string.Equals(winner.EventId, eventId, StringComparison.Ordinal))
        {
            await CompensateAsync(eventId, organisation);
            return latest;
        }

        if (winner.State == MeetingState.Scheduled)
        {
            // Else the winner cancelled it, and its cancel reached the calendar too.
            logger.UndoingMove(WeeklyMeeting.DocumentId, eventId);
            try
            {
                await calendar.UpdateAsync(eventId, MeetingPlans.Weekly(winner, organisation), CancellationToken.None);
            }
            catch (Exception failure) when (CalendarFailure.IsCalendarFailure(failure))
            {
                // The attendee job patches the series to the stored meeting on its next run.
                logger.CalendarFailed("undo-move", failure);
            }
        }

        return latest;
    }

    /// <summary>
    /// A cancel lost the race after the calendar cancelled the event: a cancelled event cannot be revived, so
    /// when the store still holds that meeting as scheduled it gets a new event, recorded on the winner's version.
    /// </summary>
    public async Task<StoredDocument<WeeklyMeeting>?> CancelAsync(string? eventId, StoredDocument<WeeklyMeeting>? latest, CardTurn card)
    {
        if (eventId is null || !MeetingPlans.IsInCalendar(eventId) || !calendar.CreatesTeamsMeetings
            || latest?.Value is not { State: MeetingState.Scheduled } winner || !string.Equals(winner.EventId, eventId, StringComparison.Ordinal))
        {
            return latest;
        }

        logger.UndoingCancel(WeeklyMeeting.DocumentId, eventId);
        CalendarMeeting created;
        try
        {
            created = await calendar.CreateAsync(MeetingPlans.Weekly(winner, card.Organisation), CancellationToken.None);
        }
        catch (Exception failure) when (CalendarFailure.IsCalendarFailure(failure))
        {
            logger.CalendarFailed("undo-cancel", failure);
            return latest;
        }

        var restored = winner with { EventId = created.EventId, JoinUrl = created.JoinUrl ?? winner.JoinUrl };
        try
        {
            return await writer.CommitAsync(
                new Change<WeeklyMeeting>(StorageContainers.Meetings, MeetingDocuments.WeeklyKey, restored, latest.ETag)
                {
                    Audit = AuditTrail.One(nameof(WeeklyMeeting), restored.Id, "calendar-restored", card.Actor.Id, clock.UtcNow),
                },
                CancellationToken.None);
        }
        catch (Exception conflict) when (CardPipeline.IsLostRace(conflict))
        {
            await CompensateAsync(created.EventId, card.Organisation);
            return await documents.WeeklyAsync(CancellationToken.None);
        }
    }

    /// <summary>Another ops office member changed it at the same moment: the event made for this losing attempt must not linger in calendars.</summary>
    private async Task CompensateAsync(string? eventId, OrganisationProfile organisation)
    {
        if (eventId is null || !MeetingPlans.IsInCalendar(eventId) || !calendar.CreatesTeamsMeetings)
        {
            return;
        }

        logger.Compensating(WeeklyMeeting.DocumentId, eventId);
        try
        {
            await calendar.CancelAsync(eventId, RecipientLanguages.Default(organisation)["Meetings.Weekly.CancelComment"], CancellationToken.None);
        }
        catch (Exception failure) when (CalendarFailure.IsCalendarFailure(failure))
        {
            logger.CalendarFailed("compensate", failure);
        }
    }
}
