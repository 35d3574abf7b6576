using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;

namespace OpsRhythm.Bot.Indicators;

/// <summary>Indicator catalog, targets, values, evaluation, scorecards and rankings.</summary>
internal static class IndicatorsRegistration
{
    public static WebApplicationBuilder AddIndicators(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCardPipeline();
        services.AddSingleton<IndicatorReader>();
        services.AddSingleton<ScorecardBuilder>();
        services.AddSingleton<FigureRecorder>();
        services.AddSingleton<TargetBoard>();
        services.AddSingleton<PlanTargetProjector>();
        services.AddSingleton<Planning.IPlanApprovedListener>(provider => provider.GetRequiredService<PlanTargetProjector>());
        services.AddSingleton<IScheduledJob, PlanTargetsJob>();
        services.AddOptions<FiguresDueOptions>().BindConfiguration(FiguresDueOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IScheduledJob, FiguresDuePromptJob>();
        services.AddScoped<IChatCommand, IndicatorsCommand>();
        services.AddScoped<IChatCommand, EnterValuesCommand>();
        services.AddScoped<IChatCommand, ScorecardCommand>();
        services.AddScoped<IChatCommand, BenchmarkCommand>();
        services.AddScoped<IChatCommand, TargetsCommand>();
        services.AddScoped<ICardActionHandler, FigureCardHandler>();
        services.AddScoped<ICardActionHandler, ScorecardCardHandler>();
        services.AddScoped<ICardActionHandler, BenchmarkCardHandler>();
        services.AddScoped<ICardActionHandler, IndicatorCatalogCardHandler>();
        services.AddScoped<ICardActionHandler, TargetsCardHandler>();
        return builder;
    }
}
