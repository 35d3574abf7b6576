using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Persistence;

/// <summary>The ChangeWriter contract on a real SQLite file.</summary>
public sealed class SqliteChangeWriterTests(SqliteStoreFixture fixture) : ChangeWriterContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
