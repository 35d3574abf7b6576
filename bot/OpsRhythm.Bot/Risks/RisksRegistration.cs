using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;

namespace OpsRhythm.Bot.Risks;

/// <summary>Risk register, heat map, early warning on indicator thresholds, review reminders and the risks of approved plans.</summary>
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
        services.AddScoped<ICardActionHandler, RiskReassessHandler>();
        services.AddScoped<ICardActionHandler, RiskAlertHandler>();
        services.AddSingleton<IScheduledJob, RiskReviewJob>();
        services.TryAddSingleton<Planning.PlanDocuments>();
        services.AddSingleton<PlanRisksToRegister>();
        services.AddSingleton<Planning.IPlanApprovedListener>(provider => provider.GetRequiredService<PlanRisksToRegister>());
        services.AddSingleton<IScheduledJob, PlanRisksJob>();
        return builder;
    }
}
