using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;

namespace OpsRhythm.Storage.Cosmos;

/// <summary>
/// Sits in the SDK's request pipeline and checks that every document request carries a partition
/// key, except inside <see cref="AcrossPartitions"/> (the background jobs' cross-partition queries).
/// A hot path that fans out over every partition costs RUs on each; this makes it visible in logs,
/// and makes tests fail when <see cref="CosmosStoreOptions.FailOnCrossPartitionHotPath"/> is set.
/// </summary>
internal sealed class PartitionScopeGuard(bool failOnViolation, ILogger logger) : RequestHandler
{
    private const string PartitionKeyHeader = "x-ms-documentdb-partitionkey";
    private const string CrossPartitionHeader = "x-ms-documentdb-query-enablecrosspartition";
    private const string QueryHeader = "x-ms-documentdb-isquery";
    private static readonly AsyncLocal<bool> CrossPartitionScope = new();

    /// <summary>Marks the current async flow as an allowed cross-partition query until disposed.</summary>
    public static IDisposable AcrossPartitions()
    {
        CrossPartitionScope.Value = true;
        return new Scope();
    }

    public override Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!CrossPartitionScope.Value && IsDocumentRequest(request) && !IsScoped(request))
        {
            CosmosStoreLog.CrossPartitionHotPath(logger, request.Method.Method, request.RequestUri?.OriginalString);
            if (failOnViolation)
            {
                throw new InvalidOperationException($"A hot-path Cosmos DB request ran without a partition key: {request.Method} {request.RequestUri}.");
            }
        }

        return base.SendAsync(request, cancellationToken);
    }

    private static bool IsDocumentRequest(RequestMessage request)
    {
        var uri = request.RequestUri?.OriginalString ?? string.Empty;
        var isQuery = string.Equals(request.Headers[QueryHeader], bool.TrueString, StringComparison.OrdinalIgnoreCase);
        return isQuery || uri.Contains("/docs", StringComparison.Ordinal);
    }

    private static bool IsScoped(RequestMessage request)
    {
        var partitionKey = request.Headers[PartitionKeyHeader];
        var crossPartition = string.Equals(request.Headers[CrossPartitionHeader], bool.TrueString, StringComparison.OrdinalIgnoreCase);
        return !string.IsNullOrEmpty(partitionKey) && partitionKey != "[{}]" && !crossPartition;
    }

    private sealed class Scope : IDisposable
    {
        public void Dispose() => CrossPartitionScope.Value = false;
    }
}
