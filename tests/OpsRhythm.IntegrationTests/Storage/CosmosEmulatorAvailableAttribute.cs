namespace OpsRhythm.IntegrationTests.Storage;

/// <summary>
/// Runs when the harness server is up. Without COSMOS_EMULATOR_ENDPOINT the tests are skipped
/// locally but run (and fail, naming the variable) when CI=true, so CI cannot silently lose them.
/// </summary>
public sealed class CosmosEmulatorAvailableAttribute : StoreAvailabilityAttribute
{
    public override string? SkipReason(StoreCapability requires)
    {
        if (requires == StoreCapability.TransactionalBatch)
        {
            return "The Cosmos test harness cannot decode the .NET SDK's binary (HybridRow) TransactionalBatch body (tests/cosmos-harness/README.md); batches are proven on SQLite and on a real account (COSMOS_ENDPOINT, COSMOS_KEY).";
        }

        var configured = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(CosmosEmulatorFixture.EndpointVariable));
        var onCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        return configured || onCi
            ? null
            : $"{CosmosEmulatorFixture.EndpointVariable} is not set: start tests/cosmos-harness/start.sh to run the Cosmos contract tests (with CI=true they fail instead).";
    }
}
