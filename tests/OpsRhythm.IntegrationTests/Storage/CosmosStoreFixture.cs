using System.Security.Cryptography.X509Certificates;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging.Abstractions;
using OpsRhythm.Storage.Cosmos;

namespace OpsRhythm.IntegrationTests.Storage;

/// <summary>
/// A Cosmos DB store on a fresh database (deleted afterwards) with the hot-path guard on, so any
/// point read or single-partition query that fans out over partitions fails the test.
/// </summary>
public abstract class CosmosStoreFixture : IAsyncLifetime
{
    private CosmosClient? _client;
    private CosmosDocumentStore? _store;

    public CosmosDocumentStore Store => _store ?? throw new InvalidOperationException(NotConfiguredMessage);

    public CosmosClient Client => _client ?? throw new InvalidOperationException(NotConfiguredMessage);

    public string DatabaseName { get; } = "contract-" + Guid.NewGuid().ToString("N");

    protected abstract string NotConfiguredMessage { get; }

    public async Task InitializeAsync()
    {
        var options = Configure();
        if (options is null)
        {
            return;
        }

        options.Database = DatabaseName;
        options.CreateIfNotExists = true;
        options.FailOnCrossPartitionHotPath = true;
        _client = CosmosClientFactory.Create(options, NullLogger.Instance);
        _store = new CosmosDocumentStore(_client, options, TimeProvider.System, NullLogger<CosmosDocumentStore>.Instance);
        await _store.InitializeAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.GetDatabase(DatabaseName).DeleteStreamAsync();
            _client.Dispose();
        }
    }

    /// <summary>The store's options, or null when this environment has no such store.</summary>
    protected abstract CosmosStoreOptions? Configure();
}

/// <summary>The local Cosmos DB-compatible server of tests/cosmos-harness (COSMOS_EMULATOR_ENDPOINT, COSMOS_EMULATOR_CERT).</summary>
public sealed class CosmosEmulatorFixture : CosmosStoreFixture
{
    public const string EndpointVariable = "COSMOS_EMULATOR_ENDPOINT";
    public const string CertificateVariable = "COSMOS_EMULATOR_CERT";

    protected override string NotConfiguredMessage =>
        $"{EndpointVariable} is not set: start the server with tests/cosmos-harness/start.sh and export the variables it prints.";

    protected override CosmosStoreOptions? Configure() => EmulatorOptions();

    /// <summary>The harness server's certificate file (COSMOS_EMULATOR_CERT, or where start.sh keeps it).</summary>
    public static string CertificatePath() =>
        Environment.GetEnvironmentVariable(CertificateVariable) ?? DefaultCertificatePath()
            ?? throw new InvalidOperationException($"{CertificateVariable} is not set and tests/cosmos-harness/.run/cert.pem does not exist: start the server with tests/cosmos-harness/start.sh.");

    /// <summary>Options for the harness server (no database chosen yet), or null when it is not configured.</summary>
    public static CosmosStoreOptions? EmulatorOptions()
    {
        var endpoint = Environment.GetEnvironmentVariable(EndpointVariable);
        if (string.IsNullOrEmpty(endpoint))
        {
            return null;
        }

        var certificatePath = CertificatePath();
        var certificate = X509CertificateLoader.LoadCertificateFromFile(certificatePath);
        return new CosmosStoreOptions
        {
            Endpoint = endpoint,
            // The server accepts any base64 key.
            Key = Convert.ToBase64String("opsrhythm-tests"u8.ToArray()),
            ConnectionMode = CosmosConnectionMode.Gateway,
            LimitToEndpoint = true,
            HttpClientFactory = () => new HttpClient(new HttpClientHandler
            {
                // Trust exactly the certificate start.sh generated, nothing else.
                ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented is not null && presented.RawData.AsSpan().SequenceEqual(certificate.RawData),
            }),
        };
    }

    /// <summary>Where start.sh keeps the certificate when run without a state directory.</summary>
    private static string? DefaultCertificatePath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "cosmos-harness", ".run", "cert.pem");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A real Azure Cosmos DB account (COSMOS_ENDPOINT, COSMOS_KEY); each run uses and then deletes its own database.</summary>
public sealed class CosmosAccountFixture : CosmosStoreFixture
{
    protected override string NotConfiguredMessage => "COSMOS_ENDPOINT and COSMOS_KEY are not set.";

    protected override CosmosStoreOptions? Configure()
    {
        var endpoint = Environment.GetEnvironmentVariable("COSMOS_ENDPOINT");
        var key = Environment.GetEnvironmentVariable("COSMOS_KEY");
        return string.IsNullOrEmpty(endpoint) || string.IsNullOrEmpty(key)
            ? null
            : new CosmosStoreOptions { Endpoint = endpoint, Key = key };
    }
}
