namespace OpsRhythm.Bot.Improvement;

/// <summary>Improvement suggestions with rewards, process redesign projects and periodic process reviews.</summary>
public static class ImprovementRegistration
{
    public static WebApplicationBuilder AddImprovement(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
