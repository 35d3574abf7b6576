using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.ExternalCommunication;

/// <summary>The external follow-up flow on the Cosmos DB-compatible server (tests/cosmos-harness), hot-path guard on.</summary>
[CosmosEmulatorAvailable]
public sealed class CosmosEmulatorExternalFollowUpFlowTests(CosmosEmulatorFixture fixture) : ExternalFollowUpFlowContract, IClassFixture<CosmosEmulatorFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
