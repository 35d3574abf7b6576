using System.Globalization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.WeeklyStatus;

namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>The ISO week an instant falls in, in the organisation's time zone, and that week's status deadline.</summary>
internal sealed record StatusWeek(string Id, DateTimeOffset Deadline)
{
    public static StatusWeek At(DateTimeOffset instant, OrganisationProfile organisation, WeeklyStatusOptions options)
    {
        var zone = OrganisationZones.Of(organisation);
        var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(ISOWeek.GetYear(local.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(local.ToDateTime(TimeOnly.MinValue)), DayOfWeek.Monday));
        var deadlineDay = monday.AddDays(((int)options.DeadlineDay + 6) % 7);
        var deadlineLocal = deadlineDay.ToDateTime(options.DeadlineTime);
        return new StatusWeek(IsoWeek.Of(local), new DateTimeOffset(deadlineLocal, zone.GetUtcOffset(deadlineLocal)));
    }
}
