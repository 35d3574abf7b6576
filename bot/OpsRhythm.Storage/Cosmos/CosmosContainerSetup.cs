using Microsoft.Azure.Cosmos;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Storage.Cosmos;

/// <summary>
/// The database and containers as docs/storage.md designs them: partition key /pk everywhere;
/// every scalar path indexed (features filter on their own properties), but not the payloads that
/// are only ever read whole (outbox activities, audit details), which would cost RUs on every write.
/// </summary>
public static class CosmosContainerSetup
{
    public const string PartitionKeyPath = "/pk";

    /// <summary>Paths written but never filtered or ordered on.</summary>
    public static IReadOnlyList<string> ExcludedPaths { get; } =
        ["/activity/*", "/details/*", "/\"_etag\"/?"];

    public static ContainerProperties PropertiesOf(string container)
    {
        var properties = new ContainerProperties(container, PartitionKeyPath)
        {
            // Per-document TTL only (job leases carry "ttl"); nothing expires by default, as in infra/.
            DefaultTimeToLive = -1,
            IndexingPolicy = new IndexingPolicy
            {
                Automatic = true,
                IndexingMode = IndexingMode.Consistent,
            },
        };
        properties.IndexingPolicy.IncludedPaths.Add(new IncludedPath { Path = "/*" });
        foreach (var path in ExcludedPaths)
        {
            properties.IndexingPolicy.ExcludedPaths.Add(new ExcludedPath { Path = path });
        }

        return properties;
    }

    public static async Task CreateIfNotExistsAsync(CosmosClient client, string database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var created = await client.CreateDatabaseIfNotExistsAsync(database, cancellationToken: cancellationToken);
        foreach (var container in StorageContainers.All)
        {
            await created.Database.CreateContainerIfNotExistsAsync(PropertiesOf(container), cancellationToken: cancellationToken);
        }
    }
}
