namespace OpsRhythm.Bot.Scheduling;

/// <summary>Cron jobs in the organisation's time zone, one lease per occurrence.</summary>
public static class SchedulingRegistration
{
    public static WebApplicationBuilder AddScheduling(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
