namespace OpsRhythm.Bot.Dashboard;

/// <summary>The dashboard tab's page and its JSON API.</summary>
public static class DashboardEndpoints
{
    public static WebApplication MapDashboard(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app;
    }
}
