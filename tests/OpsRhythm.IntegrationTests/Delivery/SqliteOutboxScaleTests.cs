using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Delivery;

/// <summary>The outbox at scale on a real SQLite file.</summary>
public sealed class SqliteOutboxScaleTests(SqliteStoreFixture fixture) : OutboxScaleContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
