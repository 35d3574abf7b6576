namespace OpsRhythm.Bot.Persistence;

/// <summary>Which document store the bot runs on (Storage:Provider).</summary>
internal enum StorageProvider
{
    /// <summary>One SQLite file: local runs and single-machine installs.</summary>
    Sqlite,

    /// <summary>Azure Cosmos DB: several instances, production.</summary>
    Cosmos,
}
