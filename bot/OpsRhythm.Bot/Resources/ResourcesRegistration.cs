using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;

namespace OpsRhythm.Bot.Resources;

/// <summary>Resources: the monthly actuals against the approved plans' resource needs, on a card and the dashboard.</summary>
internal static class ResourcesRegistration
{
    public static WebApplicationBuilder AddResources(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton<Planning.PlanDocuments>();
        services.AddSingleton<ResourcePlans>();
        services.AddSingleton<ResourceReader>();
        services.AddScoped<IChatCommand, ResourcesCommand>();
        services.AddCardPipeline();
        services.AddScoped<ICardActionHandler, ResourceEntryHandler>();
        return builder;
    }
}
