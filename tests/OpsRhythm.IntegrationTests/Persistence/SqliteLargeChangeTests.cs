using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Persistence;

/// <summary>The large-change contract on a real SQLite file.</summary>
public sealed class SqliteLargeChangeTests(SqliteStoreFixture fixture) : LargeChangeContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
