using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Planning;

/// <summary>The monthly cycle's store requests on a real SQLite file.</summary>
public sealed class SqliteBusinessTurnRequestsTests(SqliteStoreFixture fixture) : BusinessTurnRequestsContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;

    protected override string StoreName => "sqlite";
}
