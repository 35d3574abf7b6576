using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Domain.Time;

/// <summary>
/// The organisation's clock: now, today, the ISO week and the month in the organisation's zone (or a
/// person's own zone where known). Built on <see cref="TimeProvider"/> so tests can stop time, and meant
/// to be the only reader of the wall clock and of zone ids (see <see cref="OrganisationZones"/>).
/// </summary>
public sealed class OrganisationClock(TimeProvider time)
{
    public static OrganisationClock System { get; } = new(TimeProvider.System);

    /// <summary>The instant, as stored and compared (UTC offset).</summary>
    public DateTimeOffset UtcNow => time.GetUtcNow();

    /// <summary>Now on the organisation's wall clock.</summary>
    public DateTimeOffset Now(OrganisationProfile organisation) => TimeZoneInfo.ConvertTime(UtcNow, OrganisationZones.Of(organisation));

    /// <summary>Now on a person's wall clock (their own zone where known).</summary>
    public DateTimeOffset NowFor(OrganisationProfile organisation, string? personId) =>
        TimeZoneInfo.ConvertTime(UtcNow, OrganisationZones.Of(organisation, personId));

    /// <summary>The organisation's date: deadlines and periods are the company's days, not UTC's.</summary>
    public DateOnly Today(OrganisationProfile organisation) => DateOnly.FromDateTime(Now(organisation).DateTime);

    /// <summary>The ISO week containing today, in the organisation's zone.</summary>
    public CalendarWeek Week(OrganisationProfile organisation) => CalendarWeek.Containing(Today(organisation));

    /// <summary>The first day of the month containing today, in the organisation's zone.</summary>
    public DateOnly MonthStart(OrganisationProfile organisation)
    {
        var today = Today(organisation);
        return new DateOnly(today.Year, today.Month, 1);
    }
}
