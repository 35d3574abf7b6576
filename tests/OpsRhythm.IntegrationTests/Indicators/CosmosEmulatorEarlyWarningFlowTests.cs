using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Indicators;

/// <summary>The early-warning flow on the Cosmos DB-compatible server (tests/cosmos-harness), hot-path guard on.</summary>
[CosmosEmulatorAvailable]
public sealed class CosmosEmulatorEarlyWarningFlowTests(CosmosEmulatorFixture fixture) : EarlyWarningFlowContract, IClassFixture<CosmosEmulatorFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
