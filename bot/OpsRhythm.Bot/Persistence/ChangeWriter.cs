using OpsRhythm.Bot.Delivery;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// Writes a <see cref="Change{T}"/> atomically: state, audit events and outbox messages in one batch
/// within the aggregate's partition. A concurrent writer makes the whole batch fail with
/// <see cref="DocumentPreconditionFailedException"/>, and nothing of it is written.
/// </summary>
/// <remarks>
/// An outbox message whose idempotency key is already queued is the same logical message queued
/// earlier (a retried turn, a job run twice, a second change announcing the same thing): it is
/// dropped and the batch is tried again without it, so the state change still commits atomically
/// under its If-Match with the rest of its documents, and the message is still sent exactly once.
/// A change with more messages than one batch holds queues them as one <see cref="OutboxFanOut"/>
/// document instead (with its cursor), which the dispatcher expands: the change still commits atomically.
/// Every change that queues anything also upserts the partition's <see cref="OutboxPending"/> marker.
/// </remarks>
public sealed class ChangeWriter(IDocumentStore store, OutboxSignal? outboxSignal = null, TimeProvider? timeProvider = null)
{
    /// <summary>Operations of a batch (Cosmos DB's limit is 100); beyond, the messages go as a fan-out.</summary>
    private const int MaxBatchOperations = 100;

    /// <summary>Bytes of messages kept inline in the batch (Cosmos DB's limit is 2 MB for the whole batch).</summary>
    private const int MaxInlineMessageBytes = 1_000_000;

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public async Task<StoredDocument<T>> CommitAsync<T>(Change<T> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var messages = change.Messages.DistinctBy(m => m.Id, StringComparer.Ordinal).ToList();
        if (NeedsFanOut(change, messages))
        {
            return await CommitFanOutAsync(change, messages, cancellationToken);
        }

        while (true)
        {
            var operations = Operations(change, messages);
            if (messages.Count > 0)
            {
                operations.Add(OutboxPending.Upsert(_time.GetUtcNow()));
            }

            try
            {
                var results = await store.ExecuteBatchAsync(change.Container, change.Key.PartitionKey, operations, cancellationToken);
                if (messages.Count > 0)
                {
                    // The messages are committed: wake the dispatcher rather than wait for its next poll.
                    outboxSignal?.Notify();
                }

                return new StoredDocument<T>(change.Key, change.State, results[0].ETag!);
            }
            catch (BatchFailedException failed) when (failed.FailedIndex == 0)
            {
                // The aggregate itself was the conflict: surface it as the store's own typed failure.
                throw failed.Cause;
            }
            catch (BatchFailedException failed) when (failed.Cause is DocumentConflictException && MessageAt(change, messages.Count, failed.FailedIndex) is { } duplicate)
            {
                // Each retry removes one message, so this ends; the state is re-checked under its ETag every time.
                messages.RemoveAt(duplicate);
            }
        }
    }

    private static bool NeedsFanOut<T>(Change<T> change, List<OutboxMessage> messages)
    {
        if (messages.Count == 0)
        {
            return false;
        }

        if (1 + change.Audit.Count + messages.Count + change.Also.Count + 1 > MaxBatchOperations)
        {
            return true;
        }

        long bytes = 0;
        foreach (var message in messages)
        {
            bytes += message.Activity.GetRawText().Length + 512;
        }

        return bytes > MaxInlineMessageBytes;
    }

    /// <summary>The state, its audit and Also documents, one fan-out of every message, its cursor and the marker; a fan-out already queued (409) is dropped like a duplicate message.</summary>
    private async Task<StoredDocument<T>> CommitFanOutAsync<T>(Change<T> change, List<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var fanOut = OutboxFanOut.Of(messages);
        var cursorId = OutboxFanOutCursor.IdFor(fanOut.Id);
        var operations = Operations(change, []);
        var fanOutIndex = operations.Count;
        operations.Add(BatchOperation.Create(fanOut.Id, fanOut));
        operations.Add(BatchOperation.Create(cursorId, new OutboxFanOutCursor(fanOut.Id, 0)));
        operations.Add(OutboxPending.Upsert(_time.GetUtcNow()));
        try
        {
            var results = await store.ExecuteBatchAsync(change.Container, change.Key.PartitionKey, operations, cancellationToken);
            outboxSignal?.Notify();
            return new StoredDocument<T>(change.Key, change.State, results[0].ETag!);
        }
        catch (BatchFailedException failed) when (failed.FailedIndex == 0)
        {
            throw failed.Cause;
        }
        catch (BatchFailedException failed) when (failed.Cause is DocumentConflictException && failed.FailedIndex is var index && index >= fanOutIndex && index <= fanOutIndex + 1)
        {
            var results = await store.ExecuteBatchAsync(change.Container, change.Key.PartitionKey, Operations(change, []), cancellationToken);
            return new StoredDocument<T>(change.Key, change.State, results[0].ETag!);
        }
    }

    private static List<BatchOperation> Operations<T>(Change<T> change, IReadOnlyList<OutboxMessage> messages)
    {
        var operations = new List<BatchOperation>
        {
            change.IfMatchETag is null
                ? BatchOperation.Create(change.Key.Id, change.State)
                : BatchOperation.Replace(change.Key.Id, change.State, change.IfMatchETag),
        };
        operations.AddRange(change.Audit.Select(e => BatchOperation.Create(e.Id, e)));
        operations.AddRange(messages.Select(m => BatchOperation.Create(m.Id, m)));
        operations.AddRange(change.Also);
        return operations;
    }

    /// <summary>The position in the message list of batch operation <paramref name="failedIndex"/>, or null when that operation is not a message.</summary>
    private static int? MessageAt<T>(Change<T> change, int messageCount, int failedIndex)
    {
        var position = failedIndex - 1 - change.Audit.Count;
        return position >= 0 && position < messageCount ? position : null;
    }
}
