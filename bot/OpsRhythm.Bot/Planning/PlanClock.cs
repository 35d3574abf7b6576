using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Planning;

/// <summary>"Today" for planning is the organisation's date (Asia/Shanghai by default), not the server's.</summary>
public sealed class PlanClock(TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today(OrganisationProfile organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(organisation.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, zone).DateTime);
    }
}
