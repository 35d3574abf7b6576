using OpsRhythm.Storage.Cosmos;
using OpsRhythm.Storage.Sqlite;

namespace OpsRhythm.Bot.Persistence;

/// <summary>The Storage section: the provider and the settings of each store.</summary>
internal sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    public SqliteStoreOptions Sqlite { get; set; } = new();

    public CosmosStoreOptions Cosmos { get; set; } = new();
}
