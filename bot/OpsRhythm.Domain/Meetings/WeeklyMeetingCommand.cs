namespace OpsRhythm.Domain.Meetings;

/// <summary>What the ops office asks of the weekly meeting from its card.</summary>
public abstract record WeeklyMeetingCommand;

/// <summary>Schedule it (the first time, or again after a cancel), or move it to <paramref name="Slot"/>.</summary>
public sealed record ScheduleWeeklyMeeting(WeeklySlot Slot) : WeeklyMeetingCommand;

/// <summary>Cancel the series.</summary>
public sealed record CancelWeeklyMeeting : WeeklyMeetingCommand;
