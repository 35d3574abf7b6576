using OpsRhythm.Bot.Graph;
using OpsRhythm.Domain.Meetings;

namespace OpsRhythm.IntegrationTests.Meetings;

/// <summary>
/// The real calendar, but the first call of <paramref name="raceOn"/> lets <paramref name="competitor"/> (another ops
/// office member's click) commit first: the handler's own versioned write then loses.
/// </summary>
internal sealed class RacingCalendar(IMeetingCalendar inner, string raceOn, Func<Task> competitor) : IMeetingCalendar
{
    private int _raced;

    public bool CreatesTeamsMeetings => inner.CreatesTeamsMeetings;

    public async Task<CalendarMeeting> CreateAsync(MeetingPlan plan, CancellationToken cancellationToken)
    {
        await RaceAsync(nameof(CreateAsync));
        return await inner.CreateAsync(plan, cancellationToken);
    }

    public async Task<CalendarMeeting> UpdateAsync(string eventId, MeetingPlan plan, CancellationToken cancellationToken)
    {
        await RaceAsync(nameof(UpdateAsync));
        return await inner.UpdateAsync(eventId, plan, cancellationToken);
    }

    public async Task CancelAsync(string eventId, string comment, CancellationToken cancellationToken)
    {
        await RaceAsync(nameof(CancelAsync));
        await inner.CancelAsync(eventId, comment, cancellationToken);
    }

    public Task<IReadOnlyList<AttendeeSchedule>> GetScheduleAsync(IReadOnlyList<string> emails, TimeRange window, CancellationToken cancellationToken) =>
        inner.GetScheduleAsync(emails, window, cancellationToken);

    private async Task RaceAsync(string call)
    {
        if (call == raceOn && Interlocked.Exchange(ref _raced, 1) == 0)
        {
            await competitor();
        }
    }
}
