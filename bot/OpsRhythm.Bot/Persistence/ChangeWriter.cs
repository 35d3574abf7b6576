using OpsRhythm.Bot.Delivery;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// Writes a <see cref="Change{T}"/> atomically: state, audit events and outbox messages in one batch
/// within the aggregate's partition. A concurrent writer makes the whole batch fail with
/// <see cref="DocumentPreconditionFailedException"/>, and nothing of it is written.
/// </summary>
public sealed class ChangeWriter(IDocumentStore store, OutboxSignal? outboxSignal = null)
{
    public async Task<StoredDocument<T>> CommitAsync<T>(Change<T> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var operations = new List<BatchOperation>
        {
            change.IfMatchETag is null
                ? BatchOperation.Create(change.Key.Id, change.State)
                : BatchOperation.Replace(change.Key.Id, change.State, change.IfMatchETag),
        };
        operations.AddRange(change.Audit.Select(e => BatchOperation.Create(e.Id, e)));
        operations.AddRange(change.Messages.Select(m => BatchOperation.Create(m.Id, m)));
        operations.AddRange(change.Also);

        try
        {
            var results = await store.ExecuteBatchAsync(change.Container, change.Key.PartitionKey, operations, cancellationToken);
            if (change.Messages.Count > 0)
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
    }
}
