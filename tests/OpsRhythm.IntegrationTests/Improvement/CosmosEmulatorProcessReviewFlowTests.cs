using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Improvement;

/// <summary>The process review flow on the Cosmos DB-compatible server (tests/cosmos-harness), hot-path guard on.</summary>
[CosmosEmulatorAvailable]
public sealed class CosmosEmulatorProcessReviewFlowTests(CosmosEmulatorFixture fixture) : ProcessReviewFlowContract, IClassFixture<CosmosEmulatorFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
