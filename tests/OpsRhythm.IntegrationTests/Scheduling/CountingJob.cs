using System.Collections.Concurrent;
using OpsRhythm.Bot.Scheduling;

namespace OpsRhythm.IntegrationTests.Scheduling;

/// <summary>A job that records each occurrence it was run for.</summary>
public sealed class CountingJob(string name, string cron, string? timeZone = null) : IScheduledJob
{
    public string Name { get; } = name;

    public string CronExpression { get; } = cron;

    public string? TimeZone { get; } = timeZone;

    public ConcurrentQueue<DateTimeOffset> Runs { get; } = new();

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        // Yield so that racing instances really overlap.
        await Task.Delay(20, cancellationToken);
        Runs.Enqueue(occurrence);
    }
}
