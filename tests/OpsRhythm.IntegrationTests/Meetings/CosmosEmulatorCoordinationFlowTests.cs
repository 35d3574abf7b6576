using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Meetings;

/// <summary>A coordination meeting on the Cosmos DB-compatible server (tests/cosmos-harness).</summary>
[CosmosEmulatorAvailable]
public sealed class CosmosEmulatorCoordinationFlowTests(CosmosEmulatorFixture fixture) : CoordinationFlowContract, IClassFixture<CosmosEmulatorFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
