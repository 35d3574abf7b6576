using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Delivery;

/// <summary>The big announcement on a real SQLite file.</summary>
public sealed class SqliteOutboxFanOutTests(SqliteStoreFixture fixture) : OutboxFanOutContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
