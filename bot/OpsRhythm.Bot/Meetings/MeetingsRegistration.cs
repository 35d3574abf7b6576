using OpsRhythm.Bot.Dashboard;
using OpsRhythm.Bot.Meetings.Minutes;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.Meetings;

namespace OpsRhythm.Bot.Meetings;

/// <summary>The weekly operations meeting, coordination meetings and the reminders before them (Graph calendar, or the local stand-in).</summary>
internal static class MeetingsRegistration
{
    public static WebApplicationBuilder AddMeetings(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MeetingsOptions>()
            .BindConfiguration(MeetingsOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => IsCron(o.ReminderCron) && IsCron(o.AttendeeSyncCron), "Meetings:ReminderCron and Meetings:AttendeeSyncCron must be 5-field cron expressions.")
            .Validate(o => IsCron(o.ActionItemFollowUpCron), "Meetings:ActionItemFollowUpCron must be a 5-field cron expression.")
            .ValidateOnStart();
        services.AddSingleton<ScheduledMeetings>();
        services.AddSingleton(provider => provider.GetRequiredService<ScheduledMeetings>().Snapshot);
        services.AddHostedService<SnapshotRefresher<CoordinationMeeting>>();
        services.AddSingleton<MeetingDocuments>();
        services.AddSingleton<IUpcomingMeetings, UpcomingMeetingsReader>();
        services.AddSingleton<LocalBusyTimes>();
        services.AddSingleton<CoordinationSlots>();
        services.AddScoped<IChatCommand, MeetingsCommand>();
        services.AddScoped<IChatCommand, CoordinateCommand>();
        services.AddCardPipeline();
        services.AddSingleton<WeeklyMeetingUndo>();
        services.AddSingleton<WeeklyMeetingCalendar>();
        services.AddSingleton<CoordinationCalendar>();
        services.AddScoped<ICardActionHandler, WeeklyMeetingScheduleHandler>();
        services.AddScoped<ICardActionHandler, WeeklyMeetingCancelHandler>();
        services.AddScoped<ICardActionHandler, CoordinationFormHandler>();
        services.AddScoped<ICardActionHandler, CoordinationProposeHandler>();
        services.AddScoped<ICardActionHandler, CoordinationPickHandler>();
        services.AddScoped<ICardActionHandler, DigestLinkHandler>();
        services.AddSingleton<IScheduledJob, MeetingReminderJob>();
        services.AddSingleton<IScheduledJob, WeeklyMeetingAttendeeJob>();
        services.AddMeetingMinutes();
        return builder;
    }

    private static bool IsCron(string expression)
    {
        try
        {
            Cronos.CronExpression.Parse(expression);
            return true;
        }
        catch (Cronos.CronFormatException)
        {
            return false;
        }
    }
}
