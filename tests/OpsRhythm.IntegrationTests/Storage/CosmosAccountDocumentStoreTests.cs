using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Storage;

/// <summary>The contract suite against a real Azure Cosmos DB account, when one is configured.</summary>
[CosmosAccountAvailable]
public sealed class CosmosAccountDocumentStoreTests(CosmosAccountFixture fixture) : DocumentStoreContract, IClassFixture<CosmosAccountFixture>
{
    protected override IDocumentStore Store => fixture.Store;
}
