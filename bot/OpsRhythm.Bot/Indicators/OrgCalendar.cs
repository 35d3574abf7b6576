using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Indicators;

/// <summary>Dates in the organisation's time zone: figures and deadlines are the company's days, not UTC's.</summary>
public static class OrgCalendar
{
    public static DateOnly Today(OrganisationProfile organisation, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(time);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(organisation.TimeZone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
    }

    /// <summary>The last month whose figures are complete: the scorecard's default.</summary>
    public static Period LastMonth(OrganisationProfile organisation, TimeProvider time) =>
        Period.Containing(Today(organisation, time), IndicatorFrequency.Monthly).Previous();
}
