using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Persistence;

/// <summary>The large-change contract on the Cosmos DB store against the local compatible server (tests/cosmos-harness).</summary>
[CosmosEmulatorAvailable]
public sealed class CosmosEmulatorLargeChangeTests(CosmosEmulatorFixture fixture) : LargeChangeContract, IClassFixture<CosmosEmulatorFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
