using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Scheduling;

/// <summary>The scheduler's leases on the Cosmos DB-compatible server (tests/cosmos-harness).</summary>
[CosmosEmulatorAvailable]
public sealed class CosmosEmulatorJobSchedulerTests(CosmosEmulatorFixture fixture) : JobSchedulerContract, IClassFixture<CosmosEmulatorFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
