using Microsoft.Extensions.Options;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Cosmos;

namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// On the Cosmos provider, opens the store at start (and creates the database and containers when
/// Storage:Cosmos:CreateIfNotExists), so a wrong endpoint or missing permission stops the bot at
/// start with the SDK's message, not at the first user's message.
/// </summary>
internal sealed class CosmosStoreStartup(IOptions<StorageOptions> options, IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Provider == StorageProvider.Cosmos)
        {
            var store = (CosmosDocumentStore)services.GetRequiredService<IDocumentStore>();
            await store.InitializeAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
