using OpsRhythm.IntegrationTests.Storage;

namespace OpsRhythm.IntegrationTests.Resilience;

/// <summary>Runs against tests/cosmos-harness when it is up; skipped without it, failing instead when CI=true.</summary>
public sealed class CosmosDrillFactAttribute : FactAttribute
{
    public CosmosDrillFactAttribute()
    {
        if (new CosmosEmulatorAvailableAttribute().SkipReason() is { } reason)
        {
            Skip = reason;
        }
    }
}
