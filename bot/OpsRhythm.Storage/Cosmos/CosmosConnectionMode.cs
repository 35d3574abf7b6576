namespace OpsRhythm.Storage.Cosmos;

/// <summary>
/// How the client reaches the account (Storage:Cosmos:ConnectionMode). The store's own enum rather than the
/// SDK's, so that binding the storage options of an SQLite process does not load the Cosmos DB SDK.
/// </summary>
public enum CosmosConnectionMode
{
    /// <summary>TCP to the replicas (ports 10250-10255), the fastest.</summary>
    Direct,

    /// <summary>HTTPS on 443 only, through the gateway.</summary>
    Gateway,
}
