using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsRhythm.Bot.Hosting;
using OpsRhythm.Bot.Turns.ActingAs;
using OpsRhythm.Bot.Turns.Help;

using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Turns;

/// <summary>The turn router, command parser and the welcome and help cards.</summary>
internal static class TurnsRegistration
{
    public static WebApplicationBuilder AddTurns(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Scoped, because features may register scoped commands and handlers.
        services.AddScoped<TurnRouter>();
        services.AddScoped<TurnFactory>();
        services.TryAddSingleton(provider => new OrganisationClock(provider.GetRequiredService<TimeProvider>()));
        services.AddScoped<CommandParser>();
        services.AddScoped<CardActionDispatcher>();
        services.AddScoped<ConversationUpdates>();
        services.AddScoped<CommandCatalog>();
        services.AddScoped<ReplySender>();
        services.AddScoped<IChatCommand, HelpCommand>();

        // "Act as" exists only in local runs; with a bot identity it is not even registered.
        if (LocalRun.IsEnabled(builder.Configuration))
        {
            services.AddSingleton<ActAsSessions>();
            services.AddSingleton<IActorResolver, ActingAsActorResolver>();
            services.AddSingleton<IChatCommand, ActAsCommand>();
            services.AddSingleton<IChatCommand, ActAsMeCommand>();
        }
        else
        {
            services.AddSingleton<IActorResolver, TeamsActorResolver>();
        }

        return builder;
    }
}
