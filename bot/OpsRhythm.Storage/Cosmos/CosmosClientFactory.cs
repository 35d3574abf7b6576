using Azure.Identity;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;

namespace OpsRhythm.Storage.Cosmos;

/// <summary>Builds the one CosmosClient of the process (it is thread-safe and holds the connections).</summary>
public static class CosmosClientFactory
{
    public static CosmosClient Create(CosmosStoreOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new CosmosClientOptions
        {
            ApplicationName = "OpsRhythm",
            ConnectionMode = options.ConnectionMode,
            MaxRetryAttemptsOnRateLimitedRequests = options.MaxRetryAttemptsOnRateLimitedRequests,
            MaxRetryWaitTimeOnRateLimitedRequests = options.MaxRetryWaitTimeOnRateLimitedRequests,
            LimitToEndpoint = options.LimitToEndpoint,
            EnableContentResponseOnWrite = false,
            HttpClientFactory = options.HttpClientFactory,
            CustomHandlers = { new PartitionScopeGuard(options.FailOnCrossPartitionHotPath, logger) },
        };
        return string.IsNullOrEmpty(options.Key)
            ? new CosmosClient(options.Endpoint, new DefaultAzureCredential(), clientOptions)
            : new CosmosClient(options.Endpoint, options.Key, clientOptions);
    }
}
