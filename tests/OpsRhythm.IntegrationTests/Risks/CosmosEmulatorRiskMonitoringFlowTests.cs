using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Risks;

/// <summary>Risk monitoring on the Cosmos DB-compatible server (tests/cosmos-harness), hot-path guard on.</summary>
[CosmosEmulatorAvailable]
public sealed class CosmosEmulatorRiskMonitoringFlowTests(CosmosEmulatorFixture fixture) : RiskMonitoringFlowContract, IClassFixture<CosmosEmulatorFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
