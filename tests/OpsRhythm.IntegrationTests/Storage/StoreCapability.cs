namespace OpsRhythm.IntegrationTests.Storage;

/// <summary>What a contract test needs beyond point operations and queries.</summary>
public enum StoreCapability
{
    None,
    TransactionalBatch,
}
