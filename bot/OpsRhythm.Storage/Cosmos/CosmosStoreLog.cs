using Microsoft.Extensions.Logging;

namespace OpsRhythm.Storage.Cosmos;

internal static partial class CosmosStoreLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Cosmos DB {Operation} in {Container} took {ElapsedMilliseconds} ms ({RequestCharge} RU). Diagnostics: {Diagnostics}")]
    public static partial void SlowRequest(ILogger logger, string operation, string container, long elapsedMilliseconds, double requestCharge, string diagnostics);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Cosmos DB {Operation} in {Container} is unavailable (status {StatusCode}); the user is asked to try again.")]
    public static partial void Unavailable(ILogger logger, string operation, string container, int statusCode);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Cosmos DB request {Method} {Uri} ran across partitions on a hot path.")]
    public static partial void CrossPartitionHotPath(ILogger logger, string method, string? uri);
}
