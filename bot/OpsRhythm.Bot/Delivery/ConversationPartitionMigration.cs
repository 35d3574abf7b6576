using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// Moves conversation references, welcome and blocked records from the one partition they used to
/// share ("conv") to their own ("conv:{person, channel or conversation}"), at start, before the first
/// turn. Idempotent: a record already at its new place is kept (it is newer) and the old one dropped,
/// so a start interrupted half-way finishes on the next; once moved, each start costs three queries
/// of an empty partition.
/// </summary>
internal sealed class ConversationPartitionMigration(IDocumentStore store, ILogger<ConversationPartitionMigration> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var moved = await MoveAsync<ConversationRecord>(cancellationToken)
            + await MoveAsync<WelcomeRecord>(cancellationToken)
            + await MoveAsync<BlockedConversationRecord>(cancellationToken);
        if (moved > 0)
        {
            logger.ConversationsMoved(moved);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Where a legacy id ("person:x", "welcome:x", "blocked:Person:x"...) lives now.</summary>
    public static DocumentKey NewKeyOf(string legacyId)
    {
        var skip = legacyId.StartsWith("blocked:", StringComparison.Ordinal) ? 2 : 1;
        var rest = legacyId;
        for (var i = 0; i < skip && rest.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0; i++)
        {
            rest = rest[(colon + 1)..];
        }

        return new DocumentKey(ConversationDirectory.PartitionFor(rest), legacyId);
    }

    private async Task<int> MoveAsync<T>(CancellationToken cancellationToken)
    {
        // Read all first: SQLite should not hold a read open across the deletes.
        var legacy = new List<StoredDocument<T>>();
        await foreach (var stored in store.QueryAsync<T>(StorageContainers.Organisation, ConversationDirectory.LegacyPartitionKey, DocumentQuery.Of<T>(), cancellationToken))
        {
            legacy.Add(stored);
        }

        foreach (var stored in legacy)
        {
            try
            {
                await store.CreateAsync(StorageContainers.Organisation, NewKeyOf(stored.Key.Id), stored.Value, cancellationToken);
            }
            catch (DocumentConflictException)
            {
                // Moved by an earlier start, or written anew since: the one at the new place wins.
            }

            try
            {
                await store.DeleteAsync(StorageContainers.Organisation, stored.Key, stored.ETag, cancellationToken);
            }
            catch (Exception e) when (e is DocumentNotFoundException or DocumentPreconditionFailedException)
            {
                // Another instance moved it at the same time.
            }
        }

        return legacy.Count;
    }
}
