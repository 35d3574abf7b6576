using System.Diagnostics;
using System.Globalization;

namespace OpsRhythm.Bench;

/// <summary>
/// Several instances on one store (docs/delivery.md, "Several instances"): N bots share the Cosmos
/// DB-compatible server and the fake connector, which enforces the app-wide and per-conversation limits.
/// M reminders are queued; the first instance is SIGKILLed once 40% are delivered and not restarted.
/// Counts lost and doubled messages, the sustained rate against the limit, the 429s the connector had
/// to answer (0 = never above what it tolerates), and each instance's peak memory.
/// </summary>
public sealed class InstancesBench(BenchSettings settings, LocalServer server, BotLauncher launcher, FanoutBench fanout)
{
    private const string Partition = "bench-instances";
    private const string ConversationPrefix = "bench-instances-";

    public async Task<InstancesRun> RunAsync(BenchStore store, int instances, int count)
    {
        var limit = settings.FanoutGlobalLimit;
        var delivery = new Dictionary<string, string>
        {
            ["Delivery__GlobalPerSecond"] = limit.ToString(CultureInfo.InvariantCulture),
            ["Delivery__MaxParallelConversations"] = "16",
            ["Delivery__PollInterval"] = "00:00:01",
            // Scaled down with the run: a killed instance's claims come free after 10 s, its shards after 6 s.
            ["Delivery__LeaseDuration"] = "00:00:10",
            ["Delivery__HeartbeatInterval"] = "00:00:02",
            ["Delivery__HeartbeatTimeout"] = "00:00:06",
        };
        // The scheduler runs too, its frequent jobs every minute: each occurrence must run on one instance only.
        foreach (var (key, value) in JobOccurrenceTally.EveryMinute)
        {
            delivery[key] = value;
        }

        server.Connector.Reset(ConnectorRules.AcceptAll);
        var bots = new List<BotUnderTest>();
        try
        {
            for (var i = 0; i < instances; i++)
            {
                bots.Add((await launcher.StartOpsRhythmAsync(store, delivery, $"instances-{i + 1}")).Bot);
            }

            var documents = await store.OpenAsync();
            try
            {
                // The instances have counted each other (heartbeat interval + the 1 s window) before the work arrives.
                await Task.Delay(TimeSpan.FromSeconds(4));
                server.Connector.Reset(fanout.Rules(limit));
                var enqueueStart = Stopwatch.GetTimestamp();
                await FanoutBench.EnqueueAsync(documents, count, ConversationPrefix, Partition);
                Console.WriteLine($"  instances: enqueued {count} reminders in {Stopwatch.GetElapsedTime(enqueueStart).TotalSeconds:0.0} s for {instances} instances");

                var deadline = Stopwatch.GetTimestamp() + (long)(((count / (double)limit * 2) + 120) * Stopwatch.Frequency);
                double? killedAfter = null;
                var peaks = new double[bots.Count];
                var progress = Stopwatch.GetTimestamp();
                while (server.Connector.Distinct(ConversationPrefix) < count && Stopwatch.GetTimestamp() < deadline)
                {
                    await Task.Delay(200);
                    for (var i = 0; i < bots.Count; i++)
                    {
                        if (!bots[i].HasExited)
                        {
                            peaks[i] = Math.Max(peaks[i], bots[i].MemoryMiB().Rss);
                        }
                    }

                    if (killedAfter is null && server.Connector.Distinct(ConversationPrefix) >= count * 4 / 10)
                    {
                        killedAfter = server.Connector.AcceptingSeconds;
                        Console.WriteLine($"  instances: SIGKILL instance 1 after {server.Connector.Distinct(ConversationPrefix)} delivered");
                        bots[0].KillHard();
                    }

                    if (Stopwatch.GetElapsedTime(progress) > TimeSpan.FromSeconds(20))
                    {
                        progress = Stopwatch.GetTimestamp();
                        Console.WriteLine($"  instances: {server.Connector.Distinct(ConversationPrefix)}/{count} delivered");
                    }
                }

                await Task.Delay(TimeSpan.FromSeconds(3));
                var connector = server.Connector;
                var run = new InstancesRun(
                    instances,
                    count,
                    limit,
                    connector.Distinct(ConversationPrefix),
                    connector.Duplicates(ConversationPrefix),
                    connector.AcceptingSeconds,
                    connector.SustainedRate(ConversationPrefix),
                    connector.Injected,
                    connector.Limited,
                    await FanoutBench.StatesAsync(documents),
                    killedAfter,
                    peaks,
                    JobOccurrenceTally.Read(Enumerable.Range(1, instances).Select(i => Path.Combine(settings.WorkFolder, "logs", $"instances-{i}.log"))));
                Console.WriteLine($"  instances: {run.Delivered}/{count} in {run.Seconds:0.0} s, {run.SustainedRate:0.0}/s sustained ({run.Fraction:0.00} of {limit}/s), duplicates {run.Duplicates}, limited {run.Limited}, injected {run.Injected}, peak RSS {string.Join(" / ", peaks.Select(p => p.ToString("0", CultureInfo.InvariantCulture)))} MiB, job occurrences {run.Jobs.Occurrences} ({run.Jobs.RanTwice} twice, {run.Jobs.TakeOvers} taken over)");
                return run;
            }
            finally
            {
                store.Close(documents);
            }
        }
        finally
        {
            foreach (var bot in bots)
            {
                await bot.DisposeAsync();
            }
        }
    }
}

public sealed record InstancesRun(
    int Instances,
    int Messages,
    int Limit,
    int Delivered,
    long Duplicates,
    double Seconds,
    double SustainedRate,
    long Injected,
    long Limited,
    IReadOnlyDictionary<string, int> OutboxStates,
    double? KilledAfterSeconds,
    IReadOnlyList<double> PeakRssMiB,
    JobOccurrences Jobs)
{
    public double Fraction => SustainedRate / Limit;

    public int Lost => Messages - Delivered;
}
