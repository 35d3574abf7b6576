namespace OpsRhythm.Bot.Hosting;

/// <summary>
/// One full, compacting collection shortly after start, which returns the start-up's garbage to the system.
/// Start-up allocates megabytes that are dead once the host runs (configuration, the organisation seed, the
/// service graph, the signing keys' documents) but, in a bot that then waits for turns, no collection comes
/// to free them: the first generation's budget is far larger than what an idle bot allocates. Measured at
/// about 4 MiB of idle RSS (docs/performance.md, "Idle memory"); the collection of a heap this size blocks for
/// a few milliseconds, once.
/// </summary>
internal sealed class StartupGarbageRelease(IHostApplicationLifetime lifetime, TimeProvider time) : BackgroundService
{
    /// <summary>After the host started: the background warm-up (signing keys, the bot's token) has usually finished by then.</summary>
    internal static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Only when the bot is the process: a host built inside another one (the tests' WebApplicationFactory)
        // does not own that process's heap, and a full collection per test host would only slow the tests.
        if (System.Reflection.Assembly.GetEntryAssembly() != typeof(StartupGarbageRelease).Assembly)
        {
            return;
        }

        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task;
        }

        await Task.Delay(Delay, time, stoppingToken);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
