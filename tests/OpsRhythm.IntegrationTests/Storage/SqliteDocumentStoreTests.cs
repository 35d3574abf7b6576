using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Storage;

/// <summary>The contract suite against the embedded store, on a real file in WAL mode.</summary>
public sealed class SqliteDocumentStoreTests(SqliteStoreFixture fixture) : DocumentStoreContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
