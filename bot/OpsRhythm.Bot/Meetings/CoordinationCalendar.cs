using OpsRhythm.Bot.Graph;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.Meetings;

namespace OpsRhythm.Bot.Meetings;

/// <summary>
/// The picked coordination meeting as a Teams meeting in the organiser's calendar: created after the
/// decision and before the versioned write (a failure changes nothing and is said on the card), cancelled
/// again when that write loses the race, so a retried or raced pick leaves one event.
/// </summary>
internal sealed class CoordinationCalendar(IMeetingCalendar calendar, ILogger<CoordinationCalendar> logger)
{
    public OutsideCall<CoordinationMeeting> Create(CardTurn card) => new()
    {
        Make = (made, cancellationToken) => CreateAsync(made.After, card, cancellationToken),
        Undo = (made, latest) => CompensateAsync(made.After, latest),
    };

    private async Task<CallAnswer<CoordinationMeeting>> CreateAsync(CoordinationMeeting meeting, CardTurn card, CancellationToken cancellationToken)
    {
        try
        {
            var created = await calendar.CreateAsync(MeetingPlans.Coordination(meeting, meeting.Chosen!.Value, card.Organisation), cancellationToken);
            return CallAnswer.Done(meeting with { EventId = created.EventId, JoinUrl = created.JoinUrl });
        }
        catch (Exception failure) when (CalendarFailure.IsCalendarFailure(failure))
        {
            logger.CalendarFailed("create", failure);
            return CallAnswer.Failed<CoordinationMeeting>(CalendarFailure.Describe(failure, card.Text));
        }
    }

    private async Task<Storage.Contract.StoredDocument<CoordinationMeeting>?> CompensateAsync(CoordinationMeeting mine, Storage.Contract.StoredDocument<CoordinationMeeting>? latest)
    {
        if (mine.EventId is { } eventId && MeetingPlans.IsInCalendar(eventId) && calendar.CreatesTeamsMeetings)
        {
            logger.Compensating(mine.Id, eventId);
            await calendar.CancelAsync(eventId, mine.Topic, CancellationToken.None);
        }

        return latest;
    }
}
