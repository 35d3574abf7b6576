namespace OpsRhythm.Bot.Risks;

/// <summary>Risk register, heat map and early warning on indicator thresholds.</summary>
public static class RisksRegistration
{
    public static WebApplicationBuilder AddRisks(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
