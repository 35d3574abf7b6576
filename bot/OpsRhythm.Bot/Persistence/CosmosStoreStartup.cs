using Microsoft.Extensions.Options;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Cosmos;

namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// On the Cosmos provider, opens the store at start (and creates the database and containers when
/// Storage:Cosmos:CreateIfNotExists), then reads the database and every container with the
/// configured identity (<see cref="CosmosStoreProbe"/>), so a wrong endpoint, a missing database or
/// container or a missing role stops the bot at start with a message naming it and the fix, rather
/// than every turn answering "busy".
/// </summary>
internal sealed class CosmosStoreStartup(IOptions<StorageOptions> options, IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Provider == StorageProvider.Cosmos)
        {
            var store = (CosmosDocumentStore)IDocumentStoreDecorator.Innermost(services.GetRequiredService<IDocumentStore>());
            await store.InitializeAsync(cancellationToken);
            var result = await services.GetRequiredService<CosmosStoreProbe>().CheckAsync(cancellationToken);
            if (!result.IsHealthy)
            {
                throw new InvalidOperationException(result.Problem);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
