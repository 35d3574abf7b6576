namespace OpsRhythm.IntegrationTests.Storage;

/// <summary>
/// Runs when the harness server is up. Without COSMOS_EMULATOR_ENDPOINT the tests are skipped
/// locally but run (and fail, naming the variable) when CI=true, so CI cannot silently lose them.
/// </summary>
public sealed class CosmosEmulatorAvailableAttribute : StoreAvailabilityAttribute
{
    public override string? SkipReason()
    {
        var configured = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(CosmosEmulatorFixture.EndpointVariable));
        var onCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        return configured || onCi
            ? null
            : $"{CosmosEmulatorFixture.EndpointVariable} is not set: start tests/cosmos-harness/start.sh to run the Cosmos contract tests (with CI=true they fail instead).";
    }
}
