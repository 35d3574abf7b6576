using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Risks;

/// <summary>Risk monitoring on a real SQLite file.</summary>
public sealed class SqliteRiskMonitoringFlowTests(SqliteStoreFixture fixture) : RiskMonitoringFlowContract, IClassFixture<SqliteStoreFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
