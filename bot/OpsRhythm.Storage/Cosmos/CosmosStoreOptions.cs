namespace OpsRhythm.Storage.Cosmos;

/// <summary>Configuration of the Azure Cosmos DB store (section Storage:Cosmos).</summary>
public sealed class CosmosStoreOptions
{
    /// <summary>The account endpoint, e.g. https://contoso-ops.documents.azure.com:443/.</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>An account key; when empty the store signs in with DefaultAzureCredential (managed identity, data-plane RBAC).</summary>
    public string? Key { get; set; }

    public string Database { get; set; } = "opsrhythm";

    /// <summary>Direct (TCP to the replicas, the fastest) unless a network only allows HTTPS on 443.</summary>
    public CosmosConnectionMode ConnectionMode { get; set; } = CosmosConnectionMode.Direct;

    /// <summary>Create the database and containers (partition key /pk, the designed indexing policies) at start.</summary>
    public bool CreateIfNotExists { get; set; }

    /// <summary>How often the SDK retries a throttled (429) request before the store reports it busy.</summary>
    public int MaxRetryAttemptsOnRateLimitedRequests { get; set; } = 9;

    /// <summary>The longest the SDK waits in total across those retries.</summary>
    public TimeSpan MaxRetryWaitTimeOnRateLimitedRequests { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A call slower than this logs its diagnostics.</summary>
    public TimeSpan SlowRequestThreshold { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Only talk to <see cref="Endpoint"/> (no regional endpoints): local compatible servers and private endpoints.</summary>
    public bool LimitToEndpoint { get; set; }

    /// <summary>Fail a point read or single-partition query that reaches the service without a partition key (tests turn this on).</summary>
    public bool FailOnCrossPartitionHotPath { get; set; }

    /// <summary>How long the start-up check (<see cref="CosmosStoreProbe"/>) waits for the account before it reports it unreachable.</summary>
    public TimeSpan StartupCheckTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A PEM or DER certificate to trust for <see cref="Endpoint"/> in Gateway mode: a local emulator's
    /// self-signed one (the project's test server, the Azure Cosmos DB emulator). Only with a loopback
    /// endpoint; never needed for an Azure account.
    /// </summary>
    public string? TrustedCertificatePath { get; set; }

    /// <summary>Not bound from configuration: the HTTP client for Gateway mode (tests trust their certificate with it).</summary>
    public Func<HttpClient>? HttpClientFactory { get; set; }
}
