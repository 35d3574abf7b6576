using OpsRhythm.Domain.Meetings;

namespace OpsRhythm.Bot.Graph;

/// <summary>The organiser's calendar: Teams meetings through Graph, or a local stand-in that creates none.</summary>
internal interface IMeetingCalendar
{
    /// <summary>False for the local stand-in: cards then say plainly that no Teams meeting was created.</summary>
    bool CreatesTeamsMeetings { get; }

    Task<CalendarMeeting> CreateAsync(MeetingPlan plan, CancellationToken cancellationToken);

    /// <summary>Moves the meeting or changes its attendees (they follow changes in the organisation).</summary>
    Task<CalendarMeeting> UpdateAsync(string eventId, MeetingPlan plan, CancellationToken cancellationToken);

    Task CancelAsync(string eventId, string comment, CancellationToken cancellationToken);

    /// <summary>Free/busy of each attendee in the window; the stand-in knows no calendars and answers everyone free.</summary>
    Task<IReadOnlyList<AttendeeSchedule>> GetScheduleAsync(IReadOnlyList<string> emails, TimeRange window, CancellationToken cancellationToken);
}
