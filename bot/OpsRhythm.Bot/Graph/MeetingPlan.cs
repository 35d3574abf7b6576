namespace OpsRhythm.Bot.Graph;

/// <summary>A meeting to put in the organiser's calendar, with a Teams link; weekly when <see cref="WeeklyOn"/> is set.</summary>
internal sealed record MeetingPlan(string Subject, DateTimeOffset Start, TimeSpan Duration, string TimeZone, IReadOnlyList<MeetingAttendee> Attendees)
{
    public string? BodyHtml { get; init; }

    /// <summary>Days of a weekly recurrence without end (the weekly operations meeting); empty for a one-off meeting.</summary>
    public IReadOnlyList<DayOfWeek> WeeklyOn { get; init; } = [];
}

internal sealed record MeetingAttendee(string Email, string Name);

/// <summary>The calendar's answer: its event id and the Teams join link (null when no Teams meeting was created).</summary>
internal sealed record CalendarMeeting(string EventId, string? JoinUrl)
{
    public bool IsTeamsMeeting => JoinUrl is not null;
}
