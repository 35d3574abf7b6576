namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>Weekly status collection and the digest for the weekly operations meeting.</summary>
public static class WeeklyStatusRegistration
{
    public static WebApplicationBuilder AddWeeklyStatus(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
