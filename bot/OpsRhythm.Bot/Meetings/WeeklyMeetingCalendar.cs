using OpsRhythm.Bot.Graph;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// The weekly meeting's series in the organiser's calendar, changed after the decision and before the
/// versioned write (a failure changes nothing and is said on the card). When that write loses a race, the
/// calendar is put back to what the store holds (issue 13).
/// </summary>
public sealed class WeeklyMeetingCalendar(MeetingDocuments documents, IMeetingCalendar calendar, ChangeWriter writer, OrganisationClock clock, ILogger<WeeklyMeetingCalendar> logger)
{
    /// <summary>Scheduling outside the store: the existing event is moved (PATCH), otherwise a new series is created.</summary>
    public OutsideCall<WeeklyMeeting> Schedule(CardTurn card) => new()
    {
        Make = (made, cancellationToken) => ScheduleAsync(made, card, cancellationToken),
        Undo = (made, latest) => UndoScheduleAsync(made, latest, card.Organisation),
    };

    /// <summary>Cancelling outside the store: the series is cancelled where it is a Teams meeting.</summary>
    public OutsideCall<WeeklyMeeting> Cancel(CardTurn card) => new()
    {
        Make = (made, cancellationToken) => CancelAsync(made, card, cancellationToken),
        Undo = (made, latest) => UndoCancelAsync(made.Before?.EventId, latest, card),
    };

    private bool IsMove(WeeklyMeeting? before) =>
        before is { State: MeetingState.Scheduled } && MeetingPlans.IsInCalendar(before.EventId) == calendar.CreatesTeamsMeetings;

    private async Task<CallAnswer<WeeklyMeeting>> ScheduleAsync(ChangeMade<WeeklyMeeting> made, CardTurn card, CancellationToken cancellationToken)
    {
        var (previous, meeting) = (made.Before, made.After);
        var moving = IsMove(previous);
        var plan = MeetingPlans.Weekly(meeting, card.Organisation);
        try
        {
            var inCalendar = moving ? await calendar.UpdateAsync(previous!.EventId!, plan, cancellationToken) : await calendar.CreateAsync(plan, cancellationToken);

            // A PATCH answers the whole event, but keep the link we had if the answer leaves it out.
            return CallAnswer.Done(meeting with { EventId = inCalendar.EventId, JoinUrl = inCalendar.JoinUrl ?? (moving ? previous!.JoinUrl : null) });
        }
        catch (Exception failure) when (CalendarFailure.IsCalendarFailure(failure))
        {
            logger.CalendarFailed(moving ? "move" : "create", failure);
            return CallAnswer.Failed<WeeklyMeeting>(CalendarFailure.Describe(failure, card.Text));
        }
    }

    private async Task<CallAnswer<WeeklyMeeting>> CancelAsync(ChangeMade<WeeklyMeeting> made, CardTurn card, CancellationToken cancellationToken)
    {
        if (made.Before?.EventId is { } eventId && MeetingPlans.IsInCalendar(eventId) && calendar.CreatesTeamsMeetings)
        {
            try
            {
                await calendar.CancelAsync(eventId, Localizer.ZhCn["Meetings.Weekly.CancelComment"], cancellationToken);
            }
            catch (Exception failure) when (CalendarFailure.IsCalendarFailure(failure))
            {
                logger.CalendarFailed("cancel", failure);
                return CallAnswer.Failed<WeeklyMeeting>(CalendarFailure.Describe(failure, card.Text));
            }
        }

        return CallAnswer.Done(made.After);
    }

    /// <summary>
    /// A schedule lost the race after its calendar call: a moved event goes back to the meeting the store holds
    /// (the winner's move, or the slot before), or is cancelled if the store no longer names it; a created one is cancelled.
    /// </summary>
    private async Task<StoredDocument<WeeklyMeeting>?> UndoScheduleAsync(ChangeMade<WeeklyMeeting> made, StoredDocument<WeeklyMeeting>? latest, OrganisationProfile organisation)
    {
        if (!IsMove(made.Before))
        {
            await CompensateAsync(made.After.EventId);
            return latest;
        }

        var eventId = made.Before!.EventId!;
        if (latest?.Value is not { } winner || !string.Equals(winner.EventId, eventId, StringComparison.Ordinal))
        {
            await CompensateAsync(eventId);
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
    private async Task<StoredDocument<WeeklyMeeting>?> UndoCancelAsync(string? eventId, StoredDocument<WeeklyMeeting>? latest, CardTurn card)
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
            await CompensateAsync(created.EventId);
            return await documents.WeeklyAsync(CancellationToken.None);
        }
    }

    /// <summary>Another ops office member changed it at the same moment: the event made for this losing attempt must not linger in calendars.</summary>
    private async Task CompensateAsync(string? eventId)
    {
        if (eventId is null || !MeetingPlans.IsInCalendar(eventId) || !calendar.CreatesTeamsMeetings)
        {
            return;
        }

        logger.Compensating(WeeklyMeeting.DocumentId, eventId);
        try
        {
            await calendar.CancelAsync(eventId, Localizer.ZhCn["Meetings.Weekly.CancelComment"], CancellationToken.None);
        }
        catch (Exception failure) when (CalendarFailure.IsCalendarFailure(failure))
        {
            logger.CalendarFailed("compensate", failure);
        }
    }
}
