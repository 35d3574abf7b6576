namespace OpsRhythm.Bot.Scheduling;

/// <summary>
/// A job run on a cron schedule in the organisation's time zone. The scheduler takes one lease per
/// occurrence, so among several instances exactly one runs it; occurrences missed while the service
/// was down are run on start (within a catch-up window).
/// </summary>
internal interface IScheduledJob
{
    /// <summary>Stable name; the lease document is keyed by it and the occurrence time.</summary>
    string Name { get; }

    /// <summary>Cron expression (Cronos, 5 fields) read from configuration, e.g. "0 17 * * 5".</summary>
    string CronExpression { get; }

    /// <summary>IANA time zone the expression is read in; null means the organisation's (e.g. a reminder at an attendee's local 9:00).</summary>
    string? TimeZone => null;

    /// <summary>Runs one occurrence; <paramref name="occurrence"/> is the scheduled time, not the wall clock.</summary>
    Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken);
}
