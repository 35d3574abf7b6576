using Microsoft.Extensions.Options;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// On the Cosmos provider, opens the store at start (and creates the database and containers when
/// Storage:Cosmos:CreateIfNotExists), then reads the database and every container with the
/// configured identity (<see cref="CosmosConnection.StartAsync"/>), so a wrong endpoint, a missing database or
/// container or a missing role stops the bot at start with a message naming it and the fix, rather
/// than every turn answering "busy".
/// </summary>
internal sealed class CosmosStoreStartup(IOptions<StorageOptions> options, IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Provider == StorageProvider.Cosmos)
        {
            await services.GetRequiredService<CosmosConnection>().StartAsync(services.GetRequiredService<IDocumentStore>(), cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
