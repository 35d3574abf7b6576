using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// Turns a committed <see cref="MessageSpill"/> into the documents it holds, in batches within the
/// limits, and deletes it with the last one. Idempotent: a document already there (an earlier,
/// interrupted expansion wrote it, or the message was queued before) is skipped, so a crash at
/// any point is repaired by expanding again.
/// </summary>
internal sealed class SpillExpander(IDocumentStore store)
{
    public async Task ExpandAsync(string container, string partitionKey, MessageSpill spill, CancellationToken cancellationToken)
    {
        var creates = spill.Documents.Select(d => (BatchOperation)d.ToCreate()).ToList();

        // One slot of the last batch is the spill's own delete.
        var chunks = BatchBudget.Chunks(creates, BatchBudget.SizeOf, BatchBudget.MaxOperations - 1).ToList();
        if (chunks.Count == 0)
        {
            chunks.Add([]);
        }

        for (var i = 0; i < chunks.Count; i++)
        {
            var operations = chunks[i];
            if (i == chunks.Count - 1)
            {
                operations.Add(BatchOperation.Delete(spill.Id));
            }

            await WriteSkippingDoneAsync(container, partitionKey, operations, cancellationToken);
        }
    }

    private async Task WriteSkippingDoneAsync(string container, string partitionKey, List<BatchOperation> operations, CancellationToken cancellationToken)
    {
        while (operations.Count > 0)
        {
            try
            {
                await store.ExecuteBatchAsync(container, partitionKey, operations, cancellationToken);
                return;
            }
            catch (BatchFailedException failed) when (IsDone(failed, operations))
            {
                // Each pass drops one operation that an earlier expansion already carried out.
                operations.RemoveAt(failed.FailedIndex);
            }
        }
    }

    private static bool IsDone(BatchFailedException failed, List<BatchOperation> operations) =>
        failed.FailedIndex >= 0 && failed.FailedIndex < operations.Count && (operations[failed.FailedIndex], failed.Cause) switch
        {
            (BatchCreate, DocumentConflictException) => true,
            (BatchDelete, DocumentNotFoundException) => true,
            _ => false,
        };
}
