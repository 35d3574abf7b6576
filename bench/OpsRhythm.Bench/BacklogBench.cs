using System.Diagnostics;
using System.Globalization;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bench;

/// <summary>
/// The outbox at company scale (issue 17, point 4) on the Cosmos DB-compatible server: one instance, first
/// idle, then with a backlog of N pending reminders (written as a feature's commits write them, 99 per batch
/// with the partition's pending marker) plus one announcement to M people (one fan-out document with its
/// cursor, as <c>ChangeWriter</c> commits a change with more messages than a batch holds). Reports the
/// dispatcher's memory with the whole backlog pending, the store operations per minute idle and draining
/// (counted by the server), and after the drain window every message accounted for: delivered once,
/// still pending, or not yet expanded from the fan-out; lost = none of these.
/// </summary>
public sealed class BacklogBench(BenchSettings settings, LocalServer server, BotLauncher launcher, FanoutBench fanout)
{
    private const string Partition = "bench-backlog";
    private const string ReminderPrefix = "bench-backlog-";
    private const string AnnouncementPrefix = "bench-announce-";

    public async Task<BacklogRun> RunAsync(BenchStore store, HarnessStats stats)
    {
        var (backlog, recipients, limit) = (settings.BacklogMessages, settings.AnnouncementRecipients, settings.FanoutGlobalLimit);
        var delivery = new Dictionary<string, string>
        {
            ["Delivery__GlobalPerSecond"] = limit.ToString(CultureInfo.InvariantCulture),
            ["Delivery__MaxParallelConversations"] = "16",
        };

        server.Connector.Reset(ConnectorRules.AcceptAll);
        var started = await launcher.StartOpsRhythmAsync(store, delivery, "backlog");
        await using var bot = started.Bot;
        var documents = await store.OpenAsync();
        try
        {
            // Idle: nothing pending; what an instance costs the store while it waits (polls, heartbeats, leases).
            await Task.Delay(TimeSpan.FromSeconds(10));
            var idle = await WindowAsync(stats, settings.BacklogIdleWindow);
            var idleRss = bot.MemoryMiB().Rss;
            Console.WriteLine($"  backlog: idle {Total(idle):0} operations/min, RSS {idleRss:0} MiB");

            server.Connector.Reset(fanout.Rules(limit));
            var enqueueStart = Stopwatch.GetTimestamp();
            await FanoutBench.EnqueueAsync(documents, backlog, ReminderPrefix, Partition);
            await AnnounceAsync(documents, recipients);
            var total = backlog + recipients;
            Console.WriteLine($"  backlog: queued {backlog:N0} reminders and a {recipients:N0}-recipient announcement in {Stopwatch.GetElapsedTime(enqueueStart).TotalSeconds:0} s");

            var peak = 0.0;
            var windowStart = Stopwatch.GetTimestamp();
            var before = await stats.ReadAsync();
            var deadline = windowStart + (long)(settings.BacklogDrainWindow.TotalSeconds * Stopwatch.Frequency);
            var progress = Stopwatch.GetTimestamp();
            while (Delivered() < total && Stopwatch.GetTimestamp() < deadline)
            {
                await Task.Delay(500);
                peak = Math.Max(peak, bot.MemoryMiB().Rss);
                if (Stopwatch.GetElapsedTime(progress) > TimeSpan.FromSeconds(30))
                {
                    progress = Stopwatch.GetTimestamp();
                    Console.WriteLine($"  backlog: {Delivered():N0}/{total:N0} delivered, RSS {bot.MemoryMiB().Rss:0} MiB");
                }
            }

            var draining = HarnessStats.PerMinute(before, await stats.ReadAsync(), Stopwatch.GetElapsedTime(windowStart).TotalSeconds);
            await Task.Delay(TimeSpan.FromSeconds(3));
            var connector = server.Connector;
            var states = await FanoutBench.StatesAsync(documents);
            var unexpanded = await UnexpandedAsync(documents, recipients);
            var waiting = await WaitingAsync(documents);
            var lost = Expected(backlog, recipients, unexpanded).Count(c => !server.Connector.Reached(c) && !waiting.Contains(c));
            var run = new BacklogRun(
                backlog,
                recipients,
                limit,
                Delivered(),
                connector.Duplicates(ReminderPrefix) + connector.Duplicates(AnnouncementPrefix),
                waiting.Count(c => !server.Connector.Reached(c)),
                unexpanded,
                lost,
                states,
                idleRss,
                peak,
                Total(idle),
                Total(draining),
                idle,
                draining,
                connector.SustainedRate(ReminderPrefix),
                Stopwatch.GetElapsedTime(windowStart));
            Console.WriteLine($"  backlog: {run.Delivered:N0} delivered, {run.StillPending:N0} pending, {run.NotExpanded:N0} not yet expanded, lost {run.Lost}, doubled {run.Duplicates}, peak RSS {run.PeakRssMiB:0} MiB, draining {run.DrainingPerMinute:0} operations/min");
            return run;
        }
        finally
        {
            store.Close(documents);
        }

        int Delivered() => server.Connector.Distinct(ReminderPrefix) + server.Connector.Distinct(AnnouncementPrefix);
    }

    private static async Task<IReadOnlyDictionary<string, double>> WindowAsync(HarnessStats stats, TimeSpan window)
    {
        var before = await stats.ReadAsync();
        var start = Stopwatch.GetTimestamp();
        await Task.Delay(window);
        return HarnessStats.PerMinute(before, await stats.ReadAsync(), Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    private static double Total(IReadOnlyDictionary<string, double> perMinute) => perMinute.Values.Sum();

    /// <summary>The announcement as a change with more messages than a batch holds commits it: fan-out, cursor, marker, one batch.</summary>
    private static async Task AnnounceAsync(IDocumentStore store, int recipients)
    {
        var now = DateTimeOffset.UtcNow;
        var runId = Guid.NewGuid().ToString("N")[..8];
        var announcement = ActivityFactory.Text("通知：2027 年度经营计划已发布，请各部门按计划分解本部门月度任务。");
        var messages = Enumerable.Range(0, recipients)
            .Select(i => OutboxMessage.Create(OutboxTarget.Conversation(AnnouncementPrefix + i.ToString("D6", CultureInfo.InvariantCulture)), announcement, $"bench:{runId}:announce:{i}", now))
            .ToList();
        var fanOut = OutboxFanOut.Of(messages);
        await FanoutBench.WriteBatchAsync(
            store,
            Partition + "-announcement",
            [BatchOperation.Create(fanOut.Id, fanOut), BatchOperation.Create(OutboxFanOutCursor.IdFor(fanOut.Id), new OutboxFanOutCursor(fanOut.Id, 0)), OutboxPending.Upsert(now)]);
    }

    /// <summary>Conversations of every queued message; the announcement's last <paramref name="unexpanded"/> are still inside the fan-out.</summary>
    private static IEnumerable<string> Expected(int backlog, int recipients, int unexpanded) =>
        Enumerable.Range(0, backlog).Select(i => ReminderPrefix + i.ToString("D6", CultureInfo.InvariantCulture))
            .Concat(Enumerable.Range(0, recipients - unexpanded).Select(i => AnnouncementPrefix + i.ToString("D6", CultureInfo.InvariantCulture)));

    /// <summary>Conversations with a message the outbox still holds to send (not sent, not given up on).</summary>
    private static async Task<HashSet<string>> WaitingAsync(IDocumentStore store)
    {
        var waiting = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var message in store.QueryAcrossPartitionsAsync<OutboxMessage>(StorageContainers.Jobs, DocumentQuery.Of<OutboxMessage>(), CancellationToken.None))
        {
            if (message.Value.Status is not (OutboxStatus.Sent or OutboxStatus.DeadLettered))
            {
                waiting.Add(message.Value.Target.Id);
            }
        }

        return waiting;
    }

    /// <summary>Entries of the announcement the dispatcher has not expanded into messages yet (0 once the cursor is gone or at the end).</summary>
    private static async Task<int> UnexpandedAsync(IDocumentStore store, int recipients)
    {
        await foreach (var cursor in store.QueryAcrossPartitionsAsync<OutboxFanOutCursor>(StorageContainers.Jobs, DocumentQuery.Of<OutboxFanOutCursor>(), CancellationToken.None))
        {
            return recipients - cursor.Value.Expanded;
        }

        return 0;
    }
}

public sealed record BacklogRun(
    int Backlog,
    int Recipients,
    int Limit,
    int Delivered,
    long Duplicates,
    int StillPending,
    int NotExpanded,
    int Lost,
    IReadOnlyDictionary<string, int> OutboxStates,
    double IdleRssMiB,
    double PeakRssMiB,
    double IdlePerMinute,
    double DrainingPerMinute,
    IReadOnlyDictionary<string, double> IdleByKind,
    IReadOnlyDictionary<string, double> DrainingByKind,
    double SustainedRate,
    TimeSpan Window)
{
    /// <summary>Queued and neither delivered, nor still in the outbox, nor still in the fan-out: 0 is the goal.</summary>
    public int Accounted => Delivered + StillPending + NotExpanded;
}
