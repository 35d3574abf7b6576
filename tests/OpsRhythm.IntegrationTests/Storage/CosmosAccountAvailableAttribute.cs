namespace OpsRhythm.IntegrationTests.Storage;

/// <summary>Runs only when a real Azure Cosmos DB account is configured (COSMOS_ENDPOINT and COSMOS_KEY).</summary>
public sealed class CosmosAccountAvailableAttribute : StoreAvailabilityAttribute
{
    public override string? SkipReason() =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("COSMOS_ENDPOINT")) || string.IsNullOrEmpty(Environment.GetEnvironmentVariable("COSMOS_KEY"))
            ? "COSMOS_ENDPOINT and COSMOS_KEY are not set: the contract suite against a real Azure Cosmos DB account is skipped."
            : null;
}
