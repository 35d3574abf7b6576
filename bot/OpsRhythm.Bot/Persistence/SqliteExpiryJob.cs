using Microsoft.Extensions.Options;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Sqlite;

namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// On SQLite, what Cosmos DB's per-document TTL does by itself: at start and every hour, deletes the
/// documents whose "ttl" has run out since their last write (sent outbox messages, dead instances'
/// heartbeats, and any other document that sets one). Does nothing on Cosmos DB.
/// </summary>
internal sealed partial class SqliteExpiryJob(IOptions<StorageOptions> options, IServiceProvider services, TimeProvider timeProvider, ILogger<SqliteExpiryJob> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Provider != StorageProvider.Sqlite || services.GetRequiredService<IDocumentStore>() is not SqliteDocumentStore store)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var container in StorageContainers.All)
            {
                try
                {
                    var deleted = await store.DeleteExpiredAsync(container, stoppingToken);
                    if (deleted > 0)
                    {
                        LogDeleted(logger, deleted, container);
                    }
                }
                catch (StoreUnavailableException failure)
                {
                    LogFailed(logger, container, failure);
                }
            }

            try
            {
                await Task.Delay(Interval, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} expired document(s) of {Container}")]
    private static partial void LogDeleted(ILogger logger, int count, string container);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting expired documents of {Container} failed")]
    private static partial void LogFailed(ILogger logger, string container, Exception exception);
}
