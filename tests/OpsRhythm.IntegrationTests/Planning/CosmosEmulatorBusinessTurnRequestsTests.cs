using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Planning;

/// <summary>The monthly cycle's store requests on the Cosmos DB-compatible server (tests/cosmos-harness).</summary>
[CosmosEmulatorAvailable]
public sealed class CosmosEmulatorBusinessTurnRequestsTests(CosmosEmulatorFixture fixture) : BusinessTurnRequestsContract, IClassFixture<CosmosEmulatorFixture>
{
    protected override IDocumentStore Store => fixture.Store;

    protected override string StoreName => "cosmos";
}
