using System.Runtime.CompilerServices;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Cosmos;

namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// The process's one Cosmos DB client (thread-safe, it owns the connections and caches) and what uses it
/// directly: the store, the start-up check and the readiness probe. Every Cosmos DB type stays behind this
/// class's members, whose signatures name none, so an SQLite process never loads the Cosmos DB SDK
/// (about 1.5 MiB of mapped code, plus the types it would load; docs/performance.md, "Idle memory").
/// </summary>
internal sealed class CosmosConnection(IOptions<StorageOptions> options, ILoggerFactory loggers, TimeProvider time) : IDisposable
{
    private readonly Lock gate = new();
    private CosmosClient? client;

    /// <summary>The client, created on first use.</summary>
    public CosmosClient Client
    {
        get
        {
            lock (gate)
            {
                return client ??= CosmosClientFactory.Create(options.Value.Cosmos, loggers.CreateLogger<CosmosDocumentStore>());
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public IDocumentStore CreateStore() =>
        new CosmosDocumentStore(Client, options.Value.Cosmos, time, loggers.CreateLogger<CosmosDocumentStore>());

    /// <summary>Opens the store (creating the database and containers when configured) and checks them.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public async Task StartAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        await ((CosmosDocumentStore)IDocumentStoreDecorator.Innermost(store)).InitializeAsync(cancellationToken);
        if (await CheckAsync(cancellationToken) is { IsHealthy: false } result)
        {
            throw new InvalidOperationException(result.Problem);
        }
    }

    /// <summary>The database and every container read with the bot's identity (<see cref="CosmosStoreProbe"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public Task<CosmosStoreProbeResult> CheckAsync(CancellationToken cancellationToken) =>
        new CosmosStoreProbe(Client, options.Value.Cosmos).CheckAsync(cancellationToken);

    public void Dispose()
    {
        lock (gate)
        {
            client?.Dispose();
        }
    }
}
