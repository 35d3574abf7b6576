using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsRhythm.Bot.Hosting;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Scheduling;

/// <summary>Cron jobs in the organisation's time zone, one lease per occurrence. Features register their jobs as IScheduledJob.</summary>
internal static class SchedulingRegistration
{
    public static WebApplicationBuilder AddScheduling(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulingOptions>()
            .BindConfiguration(SchedulingOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => OrganisationZones.TryFind(o.TimeZone, out _), "Scheduling:TimeZone is not a known IANA time zone.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IScheduleTimeZone, OrganisationScheduleTimeZone>();
        builder.Services.AddHostedService<JobScheduler>();

        // "run job" fires a job by chat: only in a local run (no bot identity), for trying and testing.
        if (LocalRun.IsEnabled(builder.Configuration))
        {
            builder.Services.AddSingleton<IChatCommand, RunJobCommand>();
        }

        return builder;
    }
}
