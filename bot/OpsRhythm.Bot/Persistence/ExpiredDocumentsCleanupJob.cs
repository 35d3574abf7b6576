using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Sqlite;

namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// On SQLite, deletes documents whose "ttl" has run out (job leases), as Cosmos DB does by itself
/// for a container whose default TTL is -1; on Cosmos DB it has nothing to do.
/// </summary>
internal sealed class ExpiredDocumentsCleanupJob(IDocumentStore store, ILogger<ExpiredDocumentsCleanupJob> logger) : IScheduledJob
{
    public string Name => "expired-documents-cleanup";

    public string CronExpression => "40 3 * * *";

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        if (IDocumentStoreDecorator.Innermost(store) is SqliteDocumentStore sqlite)
        {
            var deleted = await sqlite.PurgeExpiredAsync(StorageContainers.All, cancellationToken);
            logger.ExpiredDocumentsDeleted(deleted);
        }
    }
}
