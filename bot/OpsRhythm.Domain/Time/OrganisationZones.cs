using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Domain.Time;

/// <summary>
/// The one place a zone id becomes a <see cref="TimeZoneInfo"/>. An unknown id falls back to the
/// organisation's default zone (Beijing time), never to UTC: a wrong but near zone is less surprising to
/// a Chinese office than dates that jump at 08:00.
/// </summary>
public static class OrganisationZones
{
    public static TimeZoneInfo Find(string? zoneId)
    {
        if (!string.IsNullOrWhiteSpace(zoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return zone;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(OrganisationProfile.DefaultTimeZone, out var fallback) ? fallback : TimeZoneInfo.Utc;
    }

    /// <summary>The organisation's zone.</summary>
    public static TimeZoneInfo Of(OrganisationProfile organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return Find(organisation.TimeZone);
    }

    /// <summary>A person's own zone where it is known, the organisation's otherwise.</summary>
    public static TimeZoneInfo Of(OrganisationProfile organisation, string? personId)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var own = personId is null ? null : organisation.FindPerson(personId)?.TimeZone;
        return own is not null && TimeZoneInfo.TryFindSystemTimeZoneById(own, out var zone) ? zone : Of(organisation);
    }
}
