using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Sqlite;

namespace OpsRhythm.Bot.Persistence;

/// <summary>The document store chosen by Storage:Provider (Sqlite or Cosmos), and the ChangeWriter over it.</summary>
internal static class PersistenceRegistration
{
    public static WebApplicationBuilder AddPersistence(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                if (!string.IsNullOrWhiteSpace(options.Sqlite.Path))
                {
                    options.Sqlite.Path = Path.GetFullPath(options.Sqlite.Path, environment.ContentRootPath);
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();

        // The provider is read when the store is first resolved, not here, so configuration that
        // tests add after Program.cs ran (WebApplicationFactory) still chooses it.
        services.AddSingleton<StoreWriteSignal>();
        services.AddSingleton<IDocumentStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            IDocumentStore store = options.Provider switch
            {
                StorageProvider.Sqlite => new SqliteDocumentStore(options.Sqlite, provider.GetRequiredService<TimeProvider>()),
                _ => provider.GetRequiredService<CosmosConnection>().CreateStore(),
            };

            // Every write raises its partition's version, so read caches (the dashboard's) drop what it changed.
            return new SignallingDocumentStore(store, provider.GetRequiredService<StoreWriteSignal>());
        });

        // The Cosmos DB client and its users stay behind CosmosConnection: an SQLite process never loads the SDK.
        services.AddSingleton<CosmosConnection>();
        services.AddHostedService<CosmosStoreStartup>();
        services.AddSingleton<ChangeWriter>();
        services.AddSingleton<Scheduling.IScheduledJob, MessageSpillRecoveryJob>();
        services.AddSingleton<Scheduling.IScheduledJob, ExpiredDocumentsCleanupJob>();
        return builder;
    }
}
