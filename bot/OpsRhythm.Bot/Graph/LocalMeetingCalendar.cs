using OpsRhythm.Domain.Meetings;

namespace OpsRhythm.Bot.Graph;

/// <summary>
/// The calendar when Graph is not configured (local runs): nothing is created in Outlook or Teams. The
/// meetings feature still records the meeting in its store, and its cards say no Teams meeting exists.
/// </summary>
internal sealed class LocalMeetingCalendar : IMeetingCalendar
{
    public bool CreatesTeamsMeetings => false;

    public Task<CalendarMeeting> CreateAsync(MeetingPlan plan, CancellationToken cancellationToken) =>
        Task.FromResult(new CalendarMeeting("local:" + Guid.NewGuid().ToString("N"), null));

    public Task<CalendarMeeting> UpdateAsync(string eventId, MeetingPlan plan, CancellationToken cancellationToken) =>
        Task.FromResult(new CalendarMeeting(eventId, null));

    public Task CancelAsync(string eventId, string comment, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<AttendeeSchedule>> GetScheduleAsync(IReadOnlyList<string> emails, TimeRange window, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AttendeeSchedule>>(emails.Select(e => new AttendeeSchedule(e, [], null)).ToList());
}
