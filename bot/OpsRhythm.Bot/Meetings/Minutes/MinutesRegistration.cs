using OpsRhythm.Bot.Meetings.Minutes.Events;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.Meetings.Minutes;

namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>Meeting minutes: decisions and action items, the meeting events, the follow-up of action items.</summary>
internal static class MinutesRegistration
{
    public static IServiceCollection AddMeetingMinutes(this IServiceCollection services)
    {
        services.AddSingleton<MinutesStore>();
        services.AddSingleton<MeetingOccurrenceResolver>();
        services.AddScoped<ActionItemRecorder>();
        services.AddSingleton<MinutesViews>();
        services.AddCardPipeline();
        services.AddScoped<IChatCommand, MinutesCommand>();
        services.AddScoped<ICardActionHandler, MinutesShowHandler>();
        services.AddScoped<ICardActionHandler, MinutesRecordHandler>();
        services.AddScoped<ICardActionHandler, ActionItemCardHandler>();
        services.AddScoped<ICardActionHandler, ActionItemShowHandler>();
        services.AddScoped<MeetingEventContext>();
        services.AddScoped<IActivityEventHandler, MeetingStartHandler>();
        services.AddScoped<IActivityEventHandler, MeetingEndHandler>();
        services.AddSingleton<IScheduledJob, ActionItemFollowUpJob>();
        services.AddSingleton<OpenActionItems>();
        services.AddSingleton<Dashboard.IOpenActionItems>(provider => provider.GetRequiredService<OpenActionItems>());
        services.AddSingleton(provider => provider.GetRequiredService<OpenActionItems>().Snapshot);
        services.AddHostedService<SnapshotRefresher<ActionItem>>();
        return services;
    }
}
