using System.Diagnostics.CodeAnalysis;
using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Domain.Time;

/// <summary>
/// The one place a zone id becomes a <see cref="TimeZoneInfo"/>. An unknown id falls back to the
/// organisation's default zone (Beijing time), never to UTC: a wrong but near zone is less surprising to
/// a Chinese office than dates that jump at 08:00.
/// </summary>
/// <remarks>
/// The wall clock and zone lookups are banned everywhere else (BannedSymbols.txt, RS0030), so that every
/// date a person sees follows one rule; this class and <see cref="OrganisationClock"/> are the exceptions.
/// </remarks>
#pragma warning disable RS0030 // The one place zone ids are looked up: every other caller goes through here.
public static class OrganisationZones
{
    /// <summary>The zone of <paramref name="zoneId"/>, or the default zone (never UTC) when it is missing or unknown.</summary>
    public static TimeZoneInfo Find(string? zoneId)
    {
        if (!string.IsNullOrWhiteSpace(zoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return zone;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(OrganisationProfile.DefaultTimeZone, out var fallback) ? fallback : TimeZoneInfo.Utc;
    }

    /// <summary>The zone of <paramref name="zoneId"/> exactly, without a fallback: for validating settings and reading zones that others sent.</summary>
    public static bool TryFind(string? zoneId, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        return !string.IsNullOrWhiteSpace(zoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out zone);
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
#pragma warning restore RS0030
