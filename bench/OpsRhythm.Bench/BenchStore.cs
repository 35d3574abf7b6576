using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging.Abstractions;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Cosmos;
using OpsRhythm.Storage.Sqlite;

namespace OpsRhythm.Bench;

/// <summary>
/// Which store a run uses, as the bot's settings and as a store the harness itself writes to (seeding
/// reports, enqueueing the fan-out) and reads from (checking outbox states), through the product's own store classes.
/// </summary>
public abstract class BenchStore
{
    public abstract string Name { get; }

    public abstract IReadOnlyDictionary<string, string> BotSettings { get; }

    public abstract Task<IDocumentStore> OpenAsync();

    public abstract void Close(IDocumentStore store);

    public static BenchStore Sqlite(string path) => new SqliteBench(path);

    public static BenchStore Cosmos(string endpoint, string certificatePath, string database) => new CosmosBench(endpoint, certificatePath, database);

    private sealed class SqliteBench(string path) : BenchStore
    {
        public override string Name => "SQLite (embedded)";

        public override IReadOnlyDictionary<string, string> BotSettings => new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__Sqlite__Path"] = path,
        };

        public override Task<IDocumentStore> OpenAsync() => Task.FromResult<IDocumentStore>(new SqliteDocumentStore(new SqliteStoreOptions { Path = path }, TimeProvider.System));

        public override void Close(IDocumentStore store) => (store as IDisposable)?.Dispose();
    }

    private sealed class CosmosBench(string endpoint, string certificatePath, string database) : BenchStore
    {
        // The server accepts any base64 key.
        private static readonly string Key = Convert.ToBase64String("opsrhythm-bench"u8.ToArray());

        public override string Name => "Cosmos DB-compatible server";

        public override IReadOnlyDictionary<string, string> BotSettings => new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Cosmos",
            ["Storage__Cosmos__Endpoint"] = endpoint,
            ["Storage__Cosmos__Key"] = Key,
            ["Storage__Cosmos__Database"] = database,
            ["Storage__Cosmos__ConnectionMode"] = "Gateway",
            ["Storage__Cosmos__LimitToEndpoint"] = "true",
            ["Storage__Cosmos__CreateIfNotExists"] = "true",
            // The bot trusts the harness's self-signed certificate the way any .NET process on Linux trusts a CA file.
            ["SSL_CERT_FILE"] = certificatePath,
        };

        public override async Task<IDocumentStore> OpenAsync()
        {
            var certificate = X509CertificateLoader.LoadCertificateFromFile(certificatePath);
            var options = new CosmosStoreOptions
            {
                Endpoint = endpoint,
                Key = Key,
                Database = database,
                ConnectionMode = CosmosConnectionMode.Gateway,
                LimitToEndpoint = true,
                CreateIfNotExists = true,
                HttpClientFactory = () => new HttpClient(new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented is not null && presented.RawData.AsSpan().SequenceEqual(certificate.RawData),
                }),
            };
            var client = CosmosClientFactory.Create(options, NullLogger.Instance);
            var store = new CosmosDocumentStore(client, options, TimeProvider.System, NullLogger<CosmosDocumentStore>.Instance);
            await store.InitializeAsync(CancellationToken.None);
            return store;
        }

        public override void Close(IDocumentStore store)
        {
        }
    }
}
