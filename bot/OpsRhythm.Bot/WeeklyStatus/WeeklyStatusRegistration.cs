using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;

namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>Weekly status collection and the digest for the weekly operations meeting.</summary>
internal static class WeeklyStatusRegistration
{
    public static WebApplicationBuilder AddWeeklyStatus(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WeeklyStatusOptions>()
            .BindConfiguration(WeeklyStatusOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => new[] { o.PromptCron, o.ReminderCron, o.DigestCron }.All(IsCron), "WeeklyStatus:*Cron must be 5-field cron expressions.")
            .ValidateOnStart();
        services.AddCardPipeline();
        services.AddSingleton<WeeklyStatusReports>();
        services.AddSingleton<MonthlyPlanTracking>();
        services.AddSingleton<WeeklyDigests>();
        services.AddScoped<IChatCommand, WeeklyStatusCommand>();
        services.AddScoped<ICardActionHandler, WeeklyStatusCardHandler>();
        services.AddSingleton<IScheduledJob, WeeklyStatusPromptJob>();
        services.AddSingleton<IScheduledJob, WeeklyStatusReminderJob>();
        services.AddSingleton<IScheduledJob, WeeklyStatusDigestJob>();
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
