namespace OpsRhythm.Bot.Turns;

/// <summary>The turn router, command parser and the welcome and help cards.</summary>
public static class TurnsRegistration
{
    public static WebApplicationBuilder AddTurns(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
