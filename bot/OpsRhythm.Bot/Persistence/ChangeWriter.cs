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
/// Every change that queues anything also upserts the partition's <see cref="OutboxPending"/> marker.
/// A change that does not fit one batch (100 operations, 2 MB) still commits in one: its messages as
/// one <see cref="OutboxFanOut"/> that the dispatcher expands (one copy of a card for thousands of
/// recipients), and, if its created documents are still too many (a cycle opened for every
/// department), those as <see cref="MessageSpill"/>s written out in chunks right after (see there).
/// </remarks>
internal sealed class ChangeWriter(IDocumentStore store, OutboxSignal? outboxSignal = null, TimeProvider? timeProvider = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public async Task<StoredDocument<T>> CommitAsync<T>(Change<T> change, CancellationToken cancellationToken)
    {
        var messages = change.Messages.DistinctBy(m => m.Id, StringComparer.Ordinal).ToList();
        if (!Fits(Inline(change, messages)))
        {
            return await CommitLargeAsync(change, messages, cancellationToken);
        }

        while (true)
        {
            try
            {
                var results = await store.ExecuteBatchAsync(change.Container, change.Key.PartitionKey, Inline(change, messages), cancellationToken);
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

    private static bool Fits(List<BatchOperation> operations) =>
        operations.Count <= BatchBudget.MaxOperations && operations.Sum(BatchBudget.SizeOf) <= BatchBudget.MaxBytes;

    private List<BatchOperation> Inline<T>(Change<T> change, List<OutboxMessage> messages)
    {
        var operations = Operations(change, messages);
        if (messages.Count > 0)
        {
            operations.Add(OutboxPending.Upsert(_time.GetUtcNow()));
        }

        return operations;
    }

    /// <summary>
    /// The state, its audit events and other writes, one fan-out of every message with its cursor and the
    /// marker, and (only when that is still too large) the created documents held in spills; then the
    /// spills expanded. A fan-out already queued (409: the same change committed before) is dropped like
    /// a duplicate message.
    /// </summary>
    private async Task<StoredDocument<T>> CommitLargeAsync<T>(Change<T> change, List<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var queued = new List<BatchOperation>();
        if (messages.Count > 0)
        {
            var fanOut = OutboxFanOut.Of(messages);
            queued.Add(BatchOperation.Create(fanOut.Id, fanOut));
            queued.Add(BatchOperation.Create(OutboxFanOutCursor.IdFor(fanOut.Id), new OutboxFanOutCursor(fanOut.Id, 0)));
            queued.Add(OutboxPending.Upsert(_time.GetUtcNow()));
        }

        List<MessageSpill> spills = [];
        var operations = Operations(change, []);
        if (!Fits([.. operations, .. queued]))
        {
            var now = _time.GetUtcNow();
            spills = [.. BatchBudget.Chunks(change.Also.OfType<BatchCreate>().Select(SpilledDocument.Of), d => d.Value.GetRawText().Length * 2 + 256, int.MaxValue, BatchBudget.MaxSpillBytes)
                .Select(documents => new MessageSpill(MessageSpill.NewId(), documents, now))];
            operations = Operations(change with { Also = [.. change.Also.Where(o => o is not BatchCreate)] }, []);
            operations.AddRange(spills.Select(s => BatchOperation.Create(s.Id, s)));
        }

        var queuedAt = operations.Count;
        operations.AddRange(queued);
        if (!Fits(operations))
        {
            throw new InvalidOperationException(
                $"A change of {change.Container}/{change.Key} has {operations.Count} operations beyond its created documents and messages; a caller whose change grows with its input must split it.");
        }

        StoredDocument<T> stored;
        try
        {
            var results = await store.ExecuteBatchAsync(change.Container, change.Key.PartitionKey, operations, cancellationToken);
            stored = new StoredDocument<T>(change.Key, change.State, results[0].ETag!);
        }
        catch (BatchFailedException failed) when (failed.FailedIndex == 0)
        {
            throw failed.Cause;
        }
        catch (BatchFailedException failed) when (failed.Cause is DocumentConflictException && failed.FailedIndex >= queuedAt && failed.FailedIndex <= queuedAt + 1)
        {
            var results = await store.ExecuteBatchAsync(change.Container, change.Key.PartitionKey, operations[..queuedAt], cancellationToken);
            stored = new StoredDocument<T>(change.Key, change.State, results[0].ETag!);
        }

        var expander = new SpillExpander(store);
        foreach (var spill in spills)
        {
            // The change is committed: finish its documents even if the caller gives up (else the recovery job does).
            await expander.ExpandAsync(change.Container, change.Key.PartitionKey, spill, CancellationToken.None);
        }

        if (messages.Count > 0)
        {
            outboxSignal?.Notify();
        }

        return stored;
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
