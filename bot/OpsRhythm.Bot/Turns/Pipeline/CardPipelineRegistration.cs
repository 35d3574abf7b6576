using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Turns.Pipeline;

/// <summary>
/// The pipeline and the organisation clock it stamps changes with. Each feature whose verbs change state
/// calls this from its own registration (idempotent), so a feature registered alone, as the integration
/// harnesses do, still has what its handlers need.
/// </summary>
internal static class CardPipelineRegistration
{
    public static IServiceCollection AddCardPipeline(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => new OrganisationClock(provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<CardPipeline>();
        return services;
    }
}
