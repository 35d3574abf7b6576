namespace OpsRhythm.Domain.Meetings;

/// <summary>One attendee's free/busy in a window: busy intervals and, when known, their working hours.</summary>
public sealed record AttendeeSchedule(string Email, IReadOnlyList<TimeRange> Busy, WorkingHours? Hours);
