using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Indicators;

/// <summary>The early-warning flow on a real SQLite file.</summary>
public sealed class SqliteEarlyWarningFlowTests(SqliteStoreFixture fixture) : EarlyWarningFlowContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
