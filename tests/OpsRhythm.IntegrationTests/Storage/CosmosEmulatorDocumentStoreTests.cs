using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Storage;

/// <summary>The contract suite against the Cosmos DB store on the local compatible server (tests/cosmos-harness).</summary>
[CosmosEmulatorAvailable]
public sealed class CosmosEmulatorDocumentStoreTests(CosmosEmulatorFixture fixture) : DocumentStoreContract, IClassFixture<CosmosEmulatorFixture>
{
    protected override IDocumentStore Store => fixture.Store;

    [ContractFact]
    public async Task HotPathGuard_QueryWithoutPartitionKey_FailsTheRequest()
    {
        var container = fixture.Client.GetContainer(fixture.DatabaseName, Container);
        using var iterator = container.GetItemQueryStreamIterator("SELECT * FROM c WHERE c.type = 'ContractItem'");

        // Proves the guard the whole suite runs with: a hot path fanning out would fail like this.
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => iterator.ReadNextAsync());

        Assert.Contains("without a partition key", error.Message, StringComparison.Ordinal);
    }
}
