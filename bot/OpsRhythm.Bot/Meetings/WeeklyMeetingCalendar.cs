using OpsRhythm.Bot.Graph;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.Meetings;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// The weekly meeting's series in the organiser's calendar, changed after the decision and before the
/// versioned write (a failure changes nothing and is said on the card). When that write loses a race,
/// <see cref="WeeklyMeetingUndo"/> puts the calendar back to what the store holds (issue 13).
/// </summary>
internal sealed class WeeklyMeetingCalendar(IMeetingCalendar calendar, WeeklyMeetingUndo undo, ILogger<WeeklyMeetingCalendar> logger)
{
    /// <summary>Scheduling outside the store: the existing event is moved (PATCH), otherwise a new series is created.</summary>
    public OutsideCall<WeeklyMeeting> Schedule(CardTurn card) => new()
    {
        Make = (made, cancellationToken) => ScheduleAsync(made, card, cancellationToken),
        Undo = (made, latest) => undo.ScheduleAsync(made, IsMove(made.Before), latest, card.Organisation),
    };

    /// <summary>Cancelling outside the store: the series is cancelled where it is a Teams meeting.</summary>
    public OutsideCall<WeeklyMeeting> Cancel(CardTurn card) => new()
    {
        Make = (made, cancellationToken) => CancelAsync(made, card, cancellationToken),
        Undo = (made, latest) => undo.CancelAsync(made.Before?.EventId, latest, card),
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
                await calendar.CancelAsync(eventId, card.Turn.Languages.Shared["Meetings.Weekly.CancelComment"], cancellationToken);
            }
            catch (Exception failure) when (CalendarFailure.IsCalendarFailure(failure))
            {
                logger.CalendarFailed("cancel", failure);
                return CallAnswer.Failed<WeeklyMeeting>(CalendarFailure.Describe(failure, card.Text));
            }
        }

        return CallAnswer.Done(made.After);
    }
}
