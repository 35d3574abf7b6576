namespace OpsRhythm.Bot.Dashboard;

/// <summary>The operations dashboard tab.</summary>
public static class DashboardRegistration
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
