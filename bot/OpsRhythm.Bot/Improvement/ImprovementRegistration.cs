using OpsRhythm.Bot.Improvement.Actions;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;

namespace OpsRhythm.Bot.Improvement;

/// <summary>Improvement suggestions with rewards, process redesign projects, periodic process reviews, and the improvement actions inspections open.</summary>
internal static class ImprovementRegistration
{
    public static WebApplicationBuilder AddImprovement(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCardPipeline();
        services.AddScoped<IChatCommand, SuggestCommand>();
        services.AddScoped<IChatCommand, SuggestionsCommand>();
        services.AddScoped<IChatCommand, RedesignCommand>();
        services.AddScoped<IChatCommand, ProcessCommand>();
        services.AddScoped<ICardActionHandler, ImprovementCardHandler>();
        services.AddScoped<ICardActionHandler, RedesignCardHandler>();
        services.AddScoped<ICardActionHandler, ProcessCardHandler>();
        services.AddScoped<ICardActionHandler, RedesignEvaluateHandler>();
        services.AddScoped<ICardActionHandler, RedesignViewHandler>();
        services.AddScoped<IChatCommand, ProjectsCommand>();
        services.AddSingleton<RedesignProjects>();
        services.AddSingleton<IScheduledJob, ProcessReviewJob>();
        services.AddImprovementActions();
        return builder;
    }
}
