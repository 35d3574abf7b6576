using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Scheduling;

/// <summary>
/// The organisation profile's time zone wins: the administrator maintains it, and the cards' dates and
/// the status deadlines are computed in it, so the jobs must fire in it too (and follow a change without
/// a restart: the scheduler asks on every pass). Scheduling:TimeZone is the fallback, used when the
/// profile names a zone this machine does not know or cannot be read (e.g. the store is down at start).
/// </summary>
internal sealed class OrganisationScheduleTimeZone(IOrganisationDirectory directory, IOptions<SchedulingOptions> options, ILogger<OrganisationScheduleTimeZone> logger) : IScheduleTimeZone
{
    public async Task<TimeZoneInfo> GetAsync(CancellationToken cancellationToken)
    {
        var fallback = options.Value.TimeZone;
        try
        {
            var profile = await directory.GetAsync(cancellationToken);
            if (OrganisationZones.TryFind(profile.TimeZone, out var zone))
            {
                return zone;
            }

            logger.UnknownOrganisationZone(profile.TimeZone, fallback);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.OrganisationZoneUnreadable(fallback, failure);
        }

        return OrganisationZones.Find(fallback);
    }
}
