using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;

namespace OpsRhythm.Bot.Improvement.Actions;

/// <summary>Inspections and special audits and the improvement actions their findings open .</summary>
internal static class ImprovementActionsRegistration
{
    public static IServiceCollection AddImprovementActions(this IServiceCollection services)
    {
        services.AddCardPipeline();
        services.AddScoped<IChatCommand, InspectionCommand>();
        services.AddScoped<ICardActionHandler, InspectionCardHandler>();
        services.AddScoped<ICardActionHandler, ImprovementActionCardHandler>();
        services.AddSingleton<IScheduledJob, ImprovementActionFollowUpJob>();
        services.AddSingleton<InspectionReader>();
        services.AddScoped<IChatCommand, InspectionsCommand>();
        services.AddScoped<IChatCommand, PlanInspectionCommand>();
        services.AddScoped<ICardActionHandler, InspectionPlanHandler>();
        services.AddSingleton<IScheduledJob, InspectionScheduleJob>();
        services.AddScoped<ICardActionHandler, EvaluationActionHandler>();
        return services;
    }
}
