namespace OpsRhythm.Bot.Graph;

/// <summary>Microsoft Graph (app-only): meetings, free/busy, activity feed; a local stand-in when not configured.</summary>
public static class GraphRegistration
{
    public static WebApplicationBuilder AddGraph(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
