using System.Diagnostics;
using System.Globalization;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bench;

/// <summary>
/// Proactive fan-out: N reminders to N distinct conversations, written straight into the store with
/// <see cref="OutboxMessage.Create"/> (as a feature's commit would), delivered by the bot's outbox
/// dispatcher to the fake connector, which enforces the limits and injects 429s and 5xx. Optionally the
/// bot is SIGKILLed part-way and started again on the same store.
/// </summary>
public sealed class FanoutBench(BenchSettings settings, LocalServer server, BotLauncher launcher)
{
    private const string Partition = "bench-fanout";
    private const string ConversationPrefix = "bench-fanout-";

    public ConnectorRules Rules(int globalLimit) =>
        new(globalLimit, PerConversationLimits: true, Inject429: settings.FanoutInjection, Inject503: settings.FanoutInjection, Inject500: settings.FanoutInjection);

    public async Task<FanoutRun> RunAsync(BenchStore store, bool killMidway)
    {
        var count = settings.FanoutMessages;
        var limit = settings.FanoutGlobalLimit;
        var name = killMidway ? "fanout-kill" : "fanout";
        var delivery = new Dictionary<string, string>
        {
            ["Delivery__GlobalPerSecond"] = (settings.FanoutBotLimit ?? limit).ToString(CultureInfo.InvariantCulture),
            ["Delivery__MaxParallelConversations"] = "16",
            ["Delivery__PollInterval"] = "00:00:01",
            // Scaled down with the run: a killed instance's claims come free after 10 s instead of 2 min.
            ["Delivery__LeaseDuration"] = "00:00:10",
            // The host's id, as App Service sets it: the process restarted after the SIGKILL runs on the same host.
            ["WEBSITE_INSTANCE_ID"] = "bench-host-1",
        };

        server.Connector.Reset(ConnectorRules.AcceptAll);
        var started = await launcher.StartOpsRhythmAsync(store, delivery, name);
        var bot = started.Bot;
        try
        {
            // The bot now knows a conversation in the tenant (the first turn's), which conversations it never saw borrow.
            var documents = await store.OpenAsync();
            try
            {
                server.Connector.Reset(Rules(limit));
                var enqueueStart = Stopwatch.GetTimestamp();
                await EnqueueAsync(documents, count);
                Console.WriteLine($"  {name}: enqueued {count} reminders in {Stopwatch.GetElapsedTime(enqueueStart).TotalSeconds:0.0} s");

                var timeout = TimeSpan.FromSeconds((count / (double)limit * 2) + 90);
                var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
                double? killedAfter = null;
                TimeSpan? restart = null;
                var progress = Stopwatch.GetTimestamp();
                while (server.Connector.Distinct(ConversationPrefix) < count && Stopwatch.GetTimestamp() < deadline)
                {
                    await Task.Delay(100);
                    if (killMidway && killedAfter is null && server.Connector.Distinct(ConversationPrefix) >= count * 4 / 10)
                    {
                        killedAfter = server.Connector.AcceptingSeconds;
                        Console.WriteLine($"  {name}: SIGKILL after {server.Connector.Distinct(ConversationPrefix)} delivered");
                        bot.KillHard();
                        await bot.DisposeAsync();
                        var again = await launcher.StartOpsRhythmAsync(store, delivery, name + "-restarted");
                        bot = again.Bot;
                        restart = again.Startup;
                    }

                    if (Stopwatch.GetElapsedTime(progress) > TimeSpan.FromSeconds(20))
                    {
                        progress = Stopwatch.GetTimestamp();
                        Console.WriteLine($"  {name}: {server.Connector.Distinct(ConversationPrefix)}/{count} delivered");
                    }
                }

                // Anything still in flight (a resend after the kill) has time to arrive and be counted.
                await Task.Delay(TimeSpan.FromSeconds(3));
                var states = await StatesAsync(documents);
                var connector = server.Connector;
                var run = new FanoutRun(
                    killMidway,
                    count,
                    limit,
                    settings.FanoutBotLimit ?? limit,
                    settings.FanoutInjection,
                    connector.Distinct(ConversationPrefix),
                    connector.Duplicates(ConversationPrefix),
                    connector.AcceptingSeconds,
                    connector.SustainedRate(ConversationPrefix),
                    connector.Injected,
                    connector.Limited,
                    connector.Unauthorized,
                    states,
                    killedAfter,
                    restart);
                Console.WriteLine($"  {name}: {run.Delivered}/{count} in {run.Seconds:0.0} s = {run.Rate:0.0}/s overall, {run.SustainedRate:0.0}/s sustained ({run.Fraction:0.00} of {limit}/s), duplicates {run.Duplicates}, injected {run.Injected}, limited {run.Limited}, outbox {string.Join(", ", states.Select(s => $"{s.Key} {s.Value}"))}");
                return run;
            }
            finally
            {
                store.Close(documents);
            }
        }
        finally
        {
            await bot.DisposeAsync();
        }
    }

    private static Task EnqueueAsync(IDocumentStore store, int count) => EnqueueAsync(store, count, ConversationPrefix, Partition);

    /// <summary>
    /// Writes <paramref name="count"/> reminders in batches of 99, each with its partition's pending marker,
    /// as a feature's commit does (ChangeWriter), so the dispatcher finds them without sweeping.
    /// </summary>
    internal static async Task EnqueueAsync(IDocumentStore store, int count, string conversationPrefix, string partition)
    {
        var now = DateTimeOffset.UtcNow;
        var runId = Guid.NewGuid().ToString("N")[..8];
        const int BatchSize = 99;
        for (var batch = 0; batch * BatchSize < count; batch++)
        {
            var operations = Enumerable.Range(batch * BatchSize, Math.Min(BatchSize, count - (batch * BatchSize)))
                .Select(i => OutboxMessage.Create(
                    OutboxTarget.Conversation(conversationPrefix + i.ToString("D6", CultureInfo.InvariantCulture)),
                    ActivityFactory.Text($"提醒：请在周五 12:00 前提交本周周报（{i}）。"),
                    $"bench:{runId}:reminder:{i}",
                    now))
                .Select(m => BatchOperation.Create(m.Id, m))
                .Append(OutboxPending.Upsert(now))
                .ToList();
            await WriteBatchAsync(store, $"{partition}-{batch}", operations);
        }
    }

    /// <summary>
    /// One batch of the harness's own writes, retried when the store times out under load (the compatible server
    /// answers 408 on a busy machine); a retry that meets its own first attempt's documents (409) is done.
    /// </summary>
    internal static async Task WriteBatchAsync(IDocumentStore store, string partition, IReadOnlyList<BatchOperation> operations)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.ExecuteBatchAsync(StorageContainers.Jobs, partition, operations, CancellationToken.None);
                return;
            }
            catch (BatchFailedException failed) when (attempt > 1 && failed.Cause is DocumentConflictException)
            {
                return;
            }
            catch (StoreUnavailableException) when (attempt < 15)
            {
                // Up to about two minutes in all: on a machine with a load of 70 the server has been seen to time out for a minute.
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 10)));
            }
        }
    }

    internal static async Task<SortedDictionary<string, int>> StatesAsync(IDocumentStore store)
    {
        var states = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await foreach (var message in store.QueryAcrossPartitionsAsync<OutboxMessage>(StorageContainers.Jobs, DocumentQuery.Of<OutboxMessage>(), CancellationToken.None))
        {
            var key = message.Value.Status.ToString();
            states[key] = states.GetValueOrDefault(key) + 1;
        }

        return states;
    }
}

public sealed record FanoutRun(
    bool Killed,
    int Messages,
    int Limit,
    int BotLimit,
    double Injection,
    int Delivered,
    long Duplicates,
    double Seconds,
    double SustainedRate,
    long Injected,
    long Limited,
    long Unauthorized,
    IReadOnlyDictionary<string, int> OutboxStates,
    double? KilledAfterSeconds,
    TimeSpan? RestartToFirstTurn)
{
    public double Rate => Delivered / Seconds;

    public double Fraction => SustainedRate / Limit;

    public int Lost => Messages - Delivered;
}
