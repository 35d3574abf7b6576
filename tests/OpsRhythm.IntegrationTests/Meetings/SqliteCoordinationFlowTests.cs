using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Meetings;

/// <summary>A coordination meeting on a real SQLite file.</summary>
public sealed class SqliteCoordinationFlowTests(SqliteStoreFixture fixture) : CoordinationFlowContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
