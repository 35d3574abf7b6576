using OpsRhythm.Storage.Sqlite;

namespace OpsRhythm.IntegrationTests.Storage;

/// <summary>A real SQLite file in a temporary directory for one test class, deleted afterwards.</summary>
public sealed class SqliteStoreFixture : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "opsrhythm-tests-" + Guid.NewGuid().ToString("N"));

    public SqliteStoreFixture()
    {
        Store = new SqliteDocumentStore(new SqliteStoreOptions { Path = Path.Combine(_directory, "store.db"), FailOnCrossPartitionHotPath = true }, TimeProvider.System);
    }

    public SqliteDocumentStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
