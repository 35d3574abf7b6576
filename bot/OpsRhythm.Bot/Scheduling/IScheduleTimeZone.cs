namespace OpsRhythm.Bot.Scheduling;

/// <summary>The time zone cron expressions are read in when a job names none: the organisation's.</summary>
internal interface IScheduleTimeZone
{
    Task<TimeZoneInfo> GetAsync(CancellationToken cancellationToken);
}
