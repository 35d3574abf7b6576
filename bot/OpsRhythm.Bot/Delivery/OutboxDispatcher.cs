using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Hosting.Telemetry;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// Drains the outbox of every container: sweeps pending, due messages (woken by
/// <see cref="OutboxSignal"/> after a commit, else every poll interval), serves each target's
/// messages in order with one sender, several targets in parallel. Any number of instances may run.
/// </summary>
public sealed class OutboxDispatcher(
    IDocumentStore store,
    OutboxDelivery delivery,
    OutboxSignal signal,
    IOptions<DeliveryOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly DocumentQuery PendingQuery = DocumentQuery.Of<OutboxMessage>().Where("status", nameof(OutboxStatus.Pending));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.PollInterval;
            try
            {
                var nextDue = await SweepAsync(stoppingToken);
                if (nextDue is { } due)
                {
                    var untilDue = due - timeProvider.GetUtcNow();
                    wait = untilDue < wait ? untilDue : wait;
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.SweepFailed(failure);
            }

            try
            {
                await signal.WaitAsync(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass over the outbox; returns when the earliest message not yet due falls due.</summary>
    public async Task<DateTimeOffset?> SweepAsync(CancellationToken stoppingToken)
    {
        var now = timeProvider.GetUtcNow();
        var pending = new List<QueuedMessage>();
        foreach (var container in StorageContainers.All)
        {
            await foreach (var document in store.QueryAcrossPartitionsAsync<OutboxMessage>(container, PendingQuery, stoppingToken))
            {
                pending.Add(new QueuedMessage(container, document));
            }
        }

        BotTelemetry.OutboxSwept(pending.Count, pending.Count == 0 ? null : pending.Min(q => q.Message.CreatedAt), now);

        // A target's messages go out in the order they were written: a message waiting for its retry
        // holds back the ones behind it (an update must not overtake the send it updates).
        DateTimeOffset? nextDue = null;
        var byTarget = new List<List<QueuedMessage>>();
        foreach (var target in pending.GroupBy(q => q.Message.Target))
        {
            var queue = new List<QueuedMessage>();
            foreach (var queued in target.OrderBy(q => q.Message.CreatedAt).ThenBy(q => q.Message.Id, StringComparer.Ordinal))
            {
                var availableAt = AvailableAt(queued.Message);
                if (availableAt > now)
                {
                    nextDue = nextDue is null || availableAt < nextDue ? availableAt : nextDue;
                    break;
                }

                queue.Add(queued);
            }

            if (queue.Count > 0)
            {
                byTarget.Add(queue);
            }
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelConversations };
        var retryLater = false;
        await Parallel.ForEachAsync(byTarget, parallel, async (queue, _) =>
        {
            if (await DeliverInOrderAsync(queue, stoppingToken))
            {
                retryLater = true;
            }
        });

        stoppingToken.ThrowIfCancellationRequested();
        return retryLater ? timeProvider.GetUtcNow() : nextDue;
    }

    private static DateTimeOffset AvailableAt(OutboxMessage message) =>
        message.LeaseUntil is { } lease && lease > message.NextAttemptAt ? lease : message.NextAttemptAt;

    /// <summary>Sends one target's messages in order; stops at the first that must wait. True when one must be retried.</summary>
    private async Task<bool> DeliverInOrderAsync(IReadOnlyList<QueuedMessage> queue, CancellationToken stoppingToken)
    {
        foreach (var queued in queue)
        {
            try
            {
                var outcome = await delivery.DeliverAsync(queued, stoppingToken);
                if (outcome is DeliveryOutcome.RetryLater)
                {
                    return true;
                }

                if (outcome is DeliveryOutcome.Stopped)
                {
                    return false;
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.TargetFailed(queued.Message.Target.ToString(), failure);
                return false;
            }
        }

        return false;
    }
}
