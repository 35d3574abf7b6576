namespace OpsRhythm.Storage.Cosmos;

/// <summary>What <see cref="CosmosStoreProbe"/> found: healthy, or the one problem and its fix, in words for an operator.</summary>
public sealed record CosmosStoreProbeResult(bool IsHealthy, string? Problem)
{
    public static CosmosStoreProbeResult Healthy { get; } = new(true, null);
}
