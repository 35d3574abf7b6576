namespace OpsRhythm.Domain.Meetings;

/// <summary>
/// Proposes meeting slots every attendee can make: free in their calendar and inside their own working
/// hours (the organisation's when unknown, so an attendee in another time zone is not offered a slot at night), earliest first, not
/// overlapping one another.
/// </summary>
public static class SlotFinder
{
    public const int DefaultSlotCount = 3;

    public static IReadOnlyList<TimeRange> Find(
        IReadOnlyList<AttendeeSchedule> attendees,
        TimeRange window,
        TimeSpan duration,
        WorkingHours defaultHours,
        TimeSpan step,
        int maxSlots = DefaultSlotCount)
    {
        ArgumentNullException.ThrowIfNull(attendees);
        ArgumentNullException.ThrowIfNull(defaultHours);
        if (duration <= TimeSpan.Zero || step <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), "Duration and step must be positive.");
        }

        var slots = new List<TimeRange>();
        var start = RoundUp(window.Start, step);
        while (slots.Count < maxSlots && start + duration <= window.End)
        {
            var candidate = new TimeRange(start, start + duration);
            if (attendees.All(a => IsFree(a, candidate, defaultHours)))
            {
                slots.Add(candidate);
                start = candidate.End;
            }
            else
            {
                start += step;
            }
        }

        return slots;
    }

    /// <summary>An attendee whose working hours are unknown is held to the organisation's.</summary>
    private static bool IsFree(AttendeeSchedule attendee, TimeRange candidate, WorkingHours defaultHours) =>
        (attendee.Hours ?? defaultHours).Contains(candidate) && !attendee.Busy.Any(b => b.Overlaps(candidate));

    private static DateTimeOffset RoundUp(DateTimeOffset time, TimeSpan step)
    {
        var ticks = time.UtcTicks;
        var remainder = ticks % step.Ticks;
        return remainder == 0 ? time : new DateTimeOffset(ticks - remainder + step.Ticks, TimeSpan.Zero);
    }
}
