using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Azure.Identity;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;

namespace OpsRhythm.Storage.Cosmos;

/// <summary>Builds the one CosmosClient of the process (it is thread-safe and holds the connections).</summary>
public static class CosmosClientFactory
{
    public static CosmosClient Create(CosmosStoreOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new CosmosClientOptions
        {
            ApplicationName = "OpsRhythm",
            ConnectionMode = options.ConnectionMode == CosmosConnectionMode.Gateway ? ConnectionMode.Gateway : ConnectionMode.Direct,
            MaxRetryAttemptsOnRateLimitedRequests = options.MaxRetryAttemptsOnRateLimitedRequests,
            MaxRetryWaitTimeOnRateLimitedRequests = options.MaxRetryWaitTimeOnRateLimitedRequests,
            LimitToEndpoint = options.LimitToEndpoint,
            EnableContentResponseOnWrite = false,
            HttpClientFactory = options.HttpClientFactory ?? TrustingFactory(options.TrustedCertificatePath),
            CustomHandlers = { new PartitionScopeGuard(options.FailOnCrossPartitionHotPath, logger) },
        };
        return string.IsNullOrEmpty(options.Key)
            ? new CosmosClient(options.Endpoint, new DefaultAzureCredential(), clientOptions)
            : new CosmosClient(options.Endpoint, options.Key, clientOptions);
    }

    /// <summary>
    /// Clients that accept what the system trusts plus exactly the configured certificate (a local
    /// emulator's self-signed one); null when none is configured, so the SDK's own client is used.
    /// </summary>
    private static Func<HttpClient>? TrustingFactory(string? certificatePath)
    {
        if (string.IsNullOrWhiteSpace(certificatePath))
        {
            return null;
        }

        var trusted = X509CertificateLoader.LoadCertificateFromFile(certificatePath);
        return () => new HttpClient(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, presented, _, errors) =>
                errors == SslPolicyErrors.None || (presented is not null && presented.RawData.AsSpan().SequenceEqual(trusted.RawData)),
        });
    }
}
