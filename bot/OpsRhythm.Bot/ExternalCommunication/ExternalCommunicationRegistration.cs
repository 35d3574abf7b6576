using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;

namespace OpsRhythm.Bot.ExternalCommunication;

/// <summary>External communication (外部沟通, R-6.4): follow-ups with customers and partners, their reminders and each department's list.</summary>
internal static class ExternalCommunicationRegistration
{
    public static WebApplicationBuilder AddExternalCommunication(this WebApplicationBuilder builder)
    {
        builder.Services.AddExternalCommunication();
        return builder;
    }

    public static IServiceCollection AddExternalCommunication(this IServiceCollection services)
    {
        services.AddOptions<ExternalCommunicationOptions>().BindConfiguration(ExternalCommunicationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddCardPipeline();
        services.AddSingleton<ExternalFollowUpReader>();
        services.AddScoped<IChatCommand, ExternalFollowUpsCommand>();
        services.AddScoped<IChatCommand, NewExternalFollowUpCommand>();
        services.AddScoped<ICardActionHandler, ExternalFollowUpRecordHandler>();
        services.AddScoped<ICardActionHandler, ExternalFollowUpFormHandler>();
        services.AddScoped<ICardActionHandler, ExternalFollowUpHandler>();
        services.AddSingleton<IScheduledJob, ExternalFollowUpReminderJob>();
        return services;
    }
}
