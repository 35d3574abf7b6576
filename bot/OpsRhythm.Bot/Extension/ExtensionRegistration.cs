using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsRhythm.Bot.Improvement;
using OpsRhythm.Bot.Risks;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;

namespace OpsRhythm.Bot.Extension;

/// <summary>
/// The message extension (docs/message-extension.md): search, action commands on a message, dashboard link
/// unfurling, and the refresh of the cards it shares. Registered after the features whose items it shares.
/// </summary>
internal static class ExtensionRegistration
{
    public static WebApplicationBuilder AddMessageExtension(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCardPipeline();
        services.AddScoped<IInvokeHandler, ExtensionInvokes>();
        services.AddScoped<ExtensionSearch>();
        services.AddScoped<SharedItems>();
        services.AddScoped<ISharedItemSource, PlanItems>();
        services.AddScoped<ISharedItemSource, RiskItems>();
        services.AddScoped<ISharedItemSource, IndicatorItems>();
        services.AddScoped<ISharedItemSource, ActionItems>();
        services.AddScoped<ISharedItemSource, DashboardItems>();
        services.AddScoped<ICardActionHandler, SharedItemHandler>();

        // The creation paths of the features' own card verbs, run again for the dialogs.
        services.TryAddScoped<RiskRegisterHandler>();
        services.TryAddScoped<ImprovementCardHandler>();
        services.AddScoped<IMessageCommand, RecordRiskCommand>();
        services.AddScoped<IMessageCommand, RecordSuggestionCommand>();
        services.AddScoped<IMessageCommand, RecordActionItemCommand>();
        return builder;
    }
}
