using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// The one full sweep left, run by the first live instance at start and every
/// <see cref="DeliveryOptions.ReconcileInterval"/>: pending messages written before shards and markers
/// existed (or by hand) get their shard, and every partition with pending messages or a fan-out gets its
/// marker back if it has none (a marker deleted in a race with a commit the store had not yet shown).
/// Streams the query, so its memory is one page plus the set of busy partitions.
/// </summary>
internal sealed class OutboxReconciliation(IDocumentStore store, TimeProvider timeProvider, ILogger<OutboxReconciliation> logger)
{
    private static readonly DocumentQuery PendingQuery = DocumentQuery.Of<OutboxMessage>().Where("status", nameof(OutboxStatus.Pending));

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var adopted = 0;
        foreach (var container in StorageContainers.All)
        {
            var marked = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var marker in store.QueryAcrossPartitionsAsync<OutboxPending>(container, DocumentQuery.Of<OutboxPending>(), cancellationToken))
            {
                marked.Add(marker.Key.PartitionKey);
            }

            var busy = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var pending in store.QueryAcrossPartitionsAsync<OutboxMessage>(container, PendingQuery, cancellationToken))
            {
                busy.Add(pending.Key.PartitionKey);
                if (pending.Value.Shard is null)
                {
                    adopted++;
                    await TryReplaceAsync(container, pending, pending.Value with { Shard = OutboxShards.Of(pending.Value.Target) }, cancellationToken);
                }
            }

            await foreach (var cursor in store.QueryAcrossPartitionsAsync<OutboxFanOutCursor>(container, DocumentQuery.Of<OutboxFanOutCursor>(), cancellationToken))
            {
                busy.Add(cursor.Key.PartitionKey);
            }

            foreach (var partitionKey in busy.Where(p => !marked.Contains(p)))
            {
                adopted++;
                await store.UpsertAsync(container, new DocumentKey(partitionKey, OutboxPending.DocumentId), new OutboxPending(timeProvider.GetUtcNow()), cancellationToken);
            }
        }

        if (adopted > 0)
        {
            logger.Reconciled(adopted);
        }
    }

    private async Task TryReplaceAsync(string container, StoredDocument<OutboxMessage> current, OutboxMessage next, CancellationToken cancellationToken)
    {
        try
        {
            await store.ReplaceAsync(container, current.Key, next, current.ETag, cancellationToken);
        }
        catch (DocumentPreconditionFailedException)
        {
            // Being delivered right now by an instance of an earlier version; it will be finished there.
        }
    }
}
