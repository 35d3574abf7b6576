using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;

namespace OpsRhythm.Bot.Risks;

/// <summary>Risk register, heat map and early warning on indicator thresholds.</summary>
internal static class RisksRegistration
{
    public static WebApplicationBuilder AddRisks(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RisksOptions>().BindConfiguration(RisksOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<EarlyWarningCheck>();
        services.AddSingleton<IEnteredValuesCheck, EarlyWarningOnEntry>();
        services.AddSingleton<RiskReader>();
        services.AddScoped<IChatCommand, RisksCommand>();
        services.AddScoped<IChatCommand, NewRiskCommand>();
        services.AddScoped<IChatCommand, HeatMapCommand>();
        services.AddCardPipeline();
        services.AddScoped<ICardActionHandler, RiskCardHandler>();
        services.AddScoped<ICardActionHandler, RiskRegisterHandler>();
        services.AddScoped<ICardActionHandler, RiskReviewHandler>();
        services.AddScoped<ICardActionHandler, RiskAlertHandler>();
        services.AddSingleton<IScheduledJob, RiskReviewJob>();
        return builder;
    }
}
