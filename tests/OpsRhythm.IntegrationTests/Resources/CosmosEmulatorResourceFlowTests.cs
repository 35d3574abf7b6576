using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Resources;

/// <summary>Resources against plan on the Cosmos DB-compatible server (tests/cosmos-harness), hot-path guard on.</summary>
[CosmosEmulatorAvailable]
public sealed class CosmosEmulatorResourceFlowTests(CosmosEmulatorFixture fixture) : ResourceFlowContract, IClassFixture<CosmosEmulatorFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
