using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Organisation;

/// <summary>The conversation partition migration on the Cosmos DB-compatible server (tests/cosmos-harness).</summary>
[CosmosEmulatorAvailable]
public sealed class CosmosEmulatorConversationPartitionMigrationTests(CosmosEmulatorFixture fixture) : ConversationPartitionMigrationContract, IClassFixture<CosmosEmulatorFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
