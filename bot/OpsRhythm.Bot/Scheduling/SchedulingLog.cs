namespace OpsRhythm.Bot.Scheduling;

internal static partial class SchedulingLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} occurrence {Occurrence} started")]
    public static partial void JobStarted(this ILogger logger, string job, DateTimeOffset occurrence);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} occurrence {Occurrence} failed")]
    public static partial void JobFailed(this ILogger logger, string job, DateTimeOffset occurrence, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job} occurrence {Occurrence}: taking over a run that never finished")]
    public static partial void TakingOver(this ILogger logger, string job, DateTimeOffset occurrence);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduler pass failed")]
    public static partial void PassFailed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The organisation's time zone {Zone} is unknown on this machine; jobs use Scheduling:TimeZone {Fallback}")]
    public static partial void UnknownOrganisationZone(this ILogger logger, string zone, string fallback);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The organisation profile could not be read; jobs use Scheduling:TimeZone {Fallback}")]
    public static partial void OrganisationZoneUnreadable(this ILogger logger, string fallback, Exception exception);
}
