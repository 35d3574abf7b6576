using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// Expands the fan-outs of one partition into ordinary outbox messages, one batch at a time: each batch
/// advances the cursor under its ETag, creates the next messages and refreshes the pending marker, all
/// or nothing. Idempotent: a crash repeats no step (the cursor moved with the messages or neither did),
/// a second instance expanding the same fan-out loses the ETag race and stops, and a message already
/// queued under the same key (409) is left out of the step like <c>ChangeWriter</c> leaves it out.
/// Memory: one fan-out document (at most 2 MB) and one batch at a time.
/// </summary>
internal sealed class OutboxFanOutExpander(IDocumentStore store, TimeProvider timeProvider)
{
    /// <summary>Messages per batch, leaving room for the cursor and the marker within Cosmos DB's 100.</summary>
    internal const int MessagesPerBatch = 98;

    /// <summary>Bytes of messages per batch, well under Cosmos DB's 2 MB per batch.</summary>
    private const int BytesPerBatch = 1_500_000;

    private static readonly DocumentQuery CursorQuery = DocumentQuery.Of<OutboxFanOutCursor>();

    /// <summary>Expands every fan-out of the partition; returns the number of messages created.</summary>
    public async Task<int> ExpandAsync(string container, string partitionKey, CancellationToken cancellationToken)
    {
        var cursors = new List<StoredDocument<OutboxFanOutCursor>>();
        await foreach (var cursor in store.QueryAsync<OutboxFanOutCursor>(container, partitionKey, CursorQuery, cancellationToken))
        {
            cursors.Add(cursor);
        }

        var created = 0;
        foreach (var cursor in cursors)
        {
            created += await ExpandOneAsync(container, cursor, cancellationToken);
        }

        return created;
    }

    private async Task<int> ExpandOneAsync(string container, StoredDocument<OutboxFanOutCursor> cursor, CancellationToken cancellationToken)
    {
        var partitionKey = cursor.Key.PartitionKey;
        var fanOut = (await store.ReadAsync<OutboxFanOut>(container, new DocumentKey(partitionKey, cursor.Value.FanOutId), cancellationToken))?.Value;
        var created = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var start = cursor.Value.Expanded;
            var total = fanOut?.Entries.Count ?? 0;
            var messages = new List<OutboxMessage>();
            var bytes = 0;
            for (var index = start; index < total && messages.Count < MessagesPerBatch; index++)
            {
                var message = fanOut!.MessageAt(index);
                bytes += message.Activity.GetRawText().Length + 1024;
                if (messages.Count > 0 && bytes > BytesPerBatch)
                {
                    break;
                }

                messages.Add(message);
            }

            var end = start + messages.Count;
            var done = end >= total;
            var result = await CommitStepAsync(container, cursor, fanOut, messages, end, done, cancellationToken);
            if (result is null)
            {
                // Another instance advanced the cursor (or finished): it carries on.
                return created;
            }

            created += messages.Count;
            if (done)
            {
                return created;
            }

            cursor = result;
        }

        return created;
    }

    private async Task<StoredDocument<OutboxFanOutCursor>?> CommitStepAsync(
        string container,
        StoredDocument<OutboxFanOutCursor> cursor,
        OutboxFanOut? fanOut,
        List<OutboxMessage> messages,
        int end,
        bool done,
        CancellationToken cancellationToken)
    {
        var partitionKey = cursor.Key.PartitionKey;
        var next = cursor.Value with { Expanded = end };
        while (true)
        {
            var operations = new List<BatchOperation>(messages.Count + 3);
            if (done)
            {
                operations.Add(BatchOperation.Delete(cursor.Key.Id, cursor.ETag));
                if (fanOut is not null)
                {
                    operations.Add(BatchOperation.Delete(fanOut.Id));
                }
            }
            else
            {
                operations.Add(BatchOperation.Replace(cursor.Key.Id, next, cursor.ETag));
            }

            var firstMessage = operations.Count;
            operations.AddRange(messages.Select(m => BatchOperation.Create(m.Id, m)));
            operations.Add(OutboxPending.Upsert(timeProvider.GetUtcNow()));
            try
            {
                var results = await store.ExecuteBatchAsync(container, partitionKey, operations, cancellationToken);
                return done ? cursor : new StoredDocument<OutboxFanOutCursor>(cursor.Key, next, results[0].ETag!);
            }
            catch (BatchFailedException failed) when (failed.FailedIndex == 0)
            {
                return null;
            }
            catch (BatchFailedException failed) when (failed.Cause is DocumentConflictException
                && failed.FailedIndex >= firstMessage && failed.FailedIndex < firstMessage + messages.Count)
            {
                // Already queued under this key (e.g. announced twice): that message is there; commit the rest.
                messages.RemoveAt(failed.FailedIndex - firstMessage);
            }
        }
    }
}
