using System.Globalization;
using Microsoft.Graph.Models;
using OpsRhythm.Domain.Meetings;
using OpsRhythm.Domain.Time;
using DayOfWeek = System.DayOfWeek;
using TimeRange = OpsRhythm.Domain.Meetings.TimeRange;
using WorkingHours = OpsRhythm.Domain.Meetings.WorkingHours;

namespace OpsRhythm.Bot.Graph;

/// <summary>
/// Reads one getSchedule answer: busy intervals from scheduleItems (free and workingElsewhere do not
/// block), else from availabilityView (one digit per interval: 0 free, 1 tentative, 2 busy, 3 away,
/// 4 working elsewhere); working hours in the attendee's own time zone.
/// </summary>
internal static class ScheduleParser
{
    public static AttendeeSchedule Parse(ScheduleInformation schedule, DateTimeOffset viewStart, int intervalMinutes)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var busy = schedule.ScheduleItems is { Count: > 0 } items
            ? items.Where(i => i.Status is not (FreeBusyStatus.Free or FreeBusyStatus.WorkingElsewhere))
                .Select(i => new TimeRange(ToInstant(i.Start!), ToInstant(i.End!)))
                .ToList()
            : FromView(schedule.AvailabilityView ?? string.Empty, viewStart, TimeSpan.FromMinutes(intervalMinutes));
        return new AttendeeSchedule(schedule.ScheduleId ?? string.Empty, busy, Hours(schedule.WorkingHours));
    }

    public static DateTimeOffset ToInstant(DateTimeTimeZone time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var local = DateTime.Parse(time.DateTime!, CultureInfo.InvariantCulture, DateTimeStyles.None);
        var zone = time.TimeZone is null or "UTC" or "tzone://Microsoft/Utc" ? TimeZoneInfo.Utc : OrganisationZones.Find(time.TimeZone);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)));
    }

    private static List<TimeRange> FromView(string view, DateTimeOffset start, TimeSpan interval)
    {
        var busy = new List<TimeRange>();
        for (var i = 0; i < view.Length; i++)
        {
            if (view[i] is not ('0' or '4'))
            {
                busy.Add(new TimeRange(start + (interval * i), start + (interval * (i + 1))));
            }
        }

        return busy;
    }

    private static WorkingHours? Hours(Microsoft.Graph.Models.WorkingHours? hours)
    {
        if (hours?.StartTime is not { } start || hours.EndTime is not { } end || hours.TimeZone?.Name is not { } zoneName
            || !OrganisationZones.TryFind(zoneName, out var zone))
        {
            return null;
        }

        var days = (hours.DaysOfWeek ?? []).OfType<DayOfWeekObject>().Select(d => Enum.Parse<DayOfWeek>(d.ToString())).ToList();
        return new WorkingHours(days, new TimeOnly(start.Hour, start.Minute), new TimeOnly(end.Hour, end.Minute), zone);
    }
}
