using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Hosting.Telemetry;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// Drains the outbox of every container (woken by <see cref="OutboxSignal"/> after a commit, else every
/// poll interval). A pass reads the <see cref="OutboxPending"/> markers, not the messages: only the
/// partitions with work are visited. In each, fan-outs are expanded, then this instance's shards are read
/// a page at a time (<see cref="DeliveryOptions.PageSize"/>, oldest first) and each target's messages are
/// served in order with one sender, several targets in parallel. Memory is bounded by the pages, whatever
/// the backlog. Any number of instances may run: <see cref="DispatcherMembership"/> divides the shards and
/// the app-wide rate among the live ones, and per-message leases keep a message from being sent twice.
/// </summary>
internal sealed class OutboxDispatcher(
    IDocumentStore store,
    OutboxDelivery delivery,
    OutboxFanOutExpander expander,
    DispatcherMembership membership,
    OutboxReconciliation reconciliation,
    OutboxSignal signal,
    IOptions<DeliveryOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly DocumentQuery MarkerQuery = DocumentQuery.Of<OutboxPending>();
    private static readonly DocumentQuery AnyPendingQuery = DocumentQuery.Of<OutboxMessage>().Where("status", nameof(OutboxStatus.Pending)).Take(1);
    private DateTimeOffset? _lastReconciled;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var heartbeat = HeartbeatAsync(stoppingToken);
        try
        {
            await DrainAsync(stoppingToken);
        }
        finally
        {
            await heartbeat;
            try
            {
                await membership.LeaveAsync(CancellationToken.None);
            }
            catch (DocumentStoreException failure)
            {
                logger.HeartbeatFailed(failure);
            }
        }
    }

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
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

    private async Task HeartbeatAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await membership.RefreshAsync(stoppingToken))
                {
                    // Shards or shares moved: look at the outbox now rather than at the next poll.
                    signal.Notify();
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.HeartbeatFailed(failure);
            }

            try
            {
                await Task.Delay(options.Value.HeartbeatInterval, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass over the partitions with pending work; returns when to look again (now, when there is more to do).</summary>
    public async Task<DateTimeOffset?> SweepAsync(CancellationToken stoppingToken)
    {
        if (!membership.Ready)
        {
            return null;
        }

        var now = timeProvider.GetUtcNow();
        if (membership.Position == 0 && (_lastReconciled is null || now - _lastReconciled >= options.Value.ReconcileInterval))
        {
            _lastReconciled = now;
            await reconciliation.RunAsync(stoppingToken);
        }

        var shards = membership.OwnedShards;
        var seen = new PendingTally();
        DateTimeOffset? nextDue = null;
        foreach (var container in StorageContainers.All)
        {
            // Markers are one small document per partition with work: few, so they are listed before draining.
            var markers = new List<StoredDocument<OutboxPending>>();
            await foreach (var marker in store.QueryAcrossPartitionsAsync<OutboxPending>(container, MarkerQuery, stoppingToken))
            {
                markers.Add(marker);
            }

            foreach (var marker in markers)
            {
                var due = await DrainPartitionAsync(container, marker, shards, seen, stoppingToken);
                nextDue = due is not null && (nextDue is null || due < nextDue) ? due : nextDue;
            }
        }

        // Depth as this pass saw it (its pages), not a count of the whole backlog: that would mean reading it.
        BotTelemetry.OutboxSwept(seen.Count, seen.Oldest, now);
        stoppingToken.ThrowIfCancellationRequested();
        return nextDue;
    }

    /// <summary>Expands the partition's fan-outs and sends a page of each owned shard; returns when to come back.</summary>
    private async Task<DateTimeOffset?> DrainPartitionAsync(string container, StoredDocument<OutboxPending> marker, IReadOnlyList<int> shards, PendingTally seen, CancellationToken stoppingToken)
    {
        var partitionKey = marker.Key.PartitionKey;
        var expanded = await expander.ExpandAsync(container, partitionKey, stoppingToken);
        var now = timeProvider.GetUtcNow();
        DateTimeOffset? nextDue = expanded > 0 ? now : null;
        var byTarget = new List<List<QueuedMessage>>();
        var found = false;
        foreach (var shard in shards)
        {
            var page = new List<QueuedMessage>();
            var query = DocumentQuery.Of<OutboxMessage>()
                .Where("status", nameof(OutboxStatus.Pending))
                .Where("shard", shard)
                .OrderedBy("createdAt")
                .Take(options.Value.PageSize);
            await foreach (var document in store.QueryAsync<OutboxMessage>(container, partitionKey, query, stoppingToken))
            {
                page.Add(new QueuedMessage(container, document));
            }

            found |= page.Count > 0;
            seen.Add(page);
            nextDue = Earliest(nextDue, QueueByTarget(page, now, byTarget));
        }

        if (!found && expanded == 0)
        {
            await ForgetIfEmptyAsync(container, marker, stoppingToken);
            return nextDue;
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelConversations };
        var again = false;
        await Parallel.ForEachAsync(byTarget, parallel, async (queue, _) =>
        {
            // Anything sent or to retry: there may be more behind this page, so come back at once.
            if (await DeliverInOrderAsync(queue, stoppingToken))
            {
                again = true;
            }
        });

        return again ? timeProvider.GetUtcNow() : nextDue;
    }

    /// <summary>
    /// Groups a page by target: a target's messages go out in the order they were written, and one
    /// waiting for its retry holds back the ones behind it (an update must not overtake its send).
    /// Returns when the earliest held-back message falls due.
    /// </summary>
    private static DateTimeOffset? QueueByTarget(List<QueuedMessage> page, DateTimeOffset now, List<List<QueuedMessage>> byTarget)
    {
        DateTimeOffset? nextDue = null;
        foreach (var target in page.GroupBy(q => q.Message.Target))
        {
            var queue = new List<QueuedMessage>();
            foreach (var queued in target.OrderBy(q => q.Message.CreatedAt).ThenBy(q => q.Message.Id, StringComparer.Ordinal))
            {
                var availableAt = AvailableAt(queued.Message);
                if (availableAt > now)
                {
                    nextDue = Earliest(nextDue, availableAt);
                    break;
                }

                queue.Add(queued);
            }

            if (queue.Count > 0)
            {
                byTarget.Add(queue);
            }
        }

        return nextDue;
    }

    /// <summary>Deletes the marker of a partition with nothing pending in any shard and no fan-out, unless a change re-marked it meanwhile (ETag).</summary>
    private async Task ForgetIfEmptyAsync(string container, StoredDocument<OutboxPending> marker, CancellationToken stoppingToken)
    {
        var partitionKey = marker.Key.PartitionKey;
        await foreach (var _ in store.QueryAsync<OutboxMessage>(container, partitionKey, AnyPendingQuery, stoppingToken))
        {
            return;
        }

        await foreach (var _ in store.QueryAsync<OutboxFanOutCursor>(container, partitionKey, DocumentQuery.Of<OutboxFanOutCursor>().Take(1), stoppingToken))
        {
            return;
        }

        try
        {
            await store.DeleteAsync(container, marker.Key, marker.ETag, stoppingToken);
        }
        catch (Exception failure) when (failure is DocumentPreconditionFailedException or DocumentNotFoundException)
        {
            // Re-marked by a change committed meanwhile, or forgotten by another instance.
        }
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? one, DateTimeOffset? other) =>
        one is null ? other : other is null ? one : one < other ? one : other;

    private static DateTimeOffset AvailableAt(OutboxMessage message) =>
        message.LeaseUntil is { } lease && lease > message.NextAttemptAt ? lease : message.NextAttemptAt;

    /// <summary>Sends one target's messages in order; stops at the first that must wait. True when any was sent or must be retried.</summary>
    private async Task<bool> DeliverInOrderAsync(IReadOnlyList<QueuedMessage> queue, CancellationToken stoppingToken)
    {
        var progressed = false;
        foreach (var queued in queue)
        {
            try
            {
                var outcome = await delivery.DeliverAsync(queued, stoppingToken);
                switch (outcome)
                {
                    case DeliveryOutcome.RetryLater:
                        return true;
                    case DeliveryOutcome.Stopped:
                        return false;
                    case DeliveryOutcome.Finished:
                        progressed = true;
                        break;
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.TargetFailed(queued.Message.Target.ToString(), failure);
                return progressed;
            }
        }

        return progressed;
    }
}
