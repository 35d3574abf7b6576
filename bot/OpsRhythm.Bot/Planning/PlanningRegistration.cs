namespace OpsRhythm.Bot.Planning;

/// <summary>Annual, quarterly and monthly plans: cycles, drafts, review, consolidation, approval, publication, tracking.</summary>
public static class PlanningRegistration
{
    public static WebApplicationBuilder AddPlanning(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
