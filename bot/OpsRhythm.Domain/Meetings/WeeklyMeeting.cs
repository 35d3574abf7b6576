using OpsRhythm.Domain.Time;

namespace OpsRhythm.Domain.Meetings;

/// <summary>
/// The weekly operations meeting (周运营例会): one per organisation (meetings container, pk and id
/// <see cref="DocumentId"/>), a recurring event in the organiser's calendar with the department heads
/// and the ops office invited. <see cref="EventId"/> is the Graph event ("local:…" when no Teams meeting exists).
/// </summary>
public sealed record WeeklyMeeting(WeeklySlot Slot, string TimeZone, IReadOnlyList<string> AttendeePersonIds)
{
    public const string DocumentId = "weekly-operations";

    public string Id { get; init; } = DocumentId;

    public MeetingState State { get; init; } = MeetingState.Scheduled;

    /// <summary>The first day the series runs (the organisation's local date).</summary>
    public DateOnly FirstDate { get; init; }

    public string? EventId { get; init; }

    /// <summary>The Teams join link; null when the calendar created no Teams meeting (local runs).</summary>
    public string? JoinUrl { get; init; }

    /// <summary>Counts changes, so each change's notices have their own idempotency keys.</summary>
    public int Revision { get; init; }

    public string? UpdatedBy { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Start times of the meeting between <paramref name="from"/> (exclusive) and <paramref name="to"/> (inclusive), in its zone's local time every week.</summary>
    public IEnumerable<DateTimeOffset> OccurrencesBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (State != MeetingState.Scheduled)
        {
            yield break;
        }

        var zone = OrganisationZones.Find(TimeZone);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, zone).DateTime).AddDays(-1);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, zone).DateTime).AddDays(1);
        for (; day <= last; day = day.AddDays(1))
        {
            if (day.DayOfWeek != Slot.Day || day < FirstDate)
            {
                continue;
            }

            var local = day.ToDateTime(Slot.Start);
            var start = new DateTimeOffset(local, zone.GetUtcOffset(local));
            if (start > from && start <= to)
            {
                yield return start;
            }
        }
    }
}
