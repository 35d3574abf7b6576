namespace OpsRhythm.Bot.Persistence;

internal static partial class PersistenceLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Finishing spill {SpillId} in {Container}/{PartitionKey}: {Documents} documents its writer did not write out")]
    public static partial void SpillRecovered(this ILogger logger, string container, string partitionKey, string spillId, int documents);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Deleted {Count} expired documents")]
    public static partial void ExpiredDocumentsDeleted(this ILogger logger, int count);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Moved {Count} conversation records from partition \"conv\" to their own partitions")]
    public static partial void ConversationsMoved(this ILogger logger, int count);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "Refreshing the {Snapshot} failed; keeping the last ones read")]
    public static partial void SnapshotRefreshFailed(this ILogger logger, string snapshot, Exception failure);
}
