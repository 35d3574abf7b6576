using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsRhythm.Bot.Hosting.Health;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.IntegrationTests.Protocol;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Cosmos;

namespace OpsRhythm.IntegrationTests.Persistence;

/// <summary>
/// The start-up check on the Cosmos DB-compatible server: a wrong endpoint, a missing database, a
/// missing container and a missing role (a 403 injected between the SDK and the server, which has no
/// RBAC) each fail with a message naming the endpoint, the database, what is missing and the fix.
/// </summary>
[CosmosEmulatorAvailable]
public sealed class CosmosStoreProbeTests(CosmosEmulatorFixture fixture) : IClassFixture<CosmosEmulatorFixture>
{
    [ContractFact]
    public async Task CheckAsync_DatabaseWithEveryContainer_IsHealthy()
    {
        var result = await Probe(fixture.DatabaseName).CheckAsync(CancellationToken.None);

        Assert.True(result.IsHealthy, result.Problem);
    }

    [ContractFact]
    public async Task CheckAsync_MissingDatabase_NamesEndpointDatabaseAndFix()
    {
        var options = Options("missing-" + Guid.NewGuid().ToString("N"));

        var result = await Probe(options).CheckAsync(CancellationToken.None);

        Assert.False(result.IsHealthy);
        Assert.Contains(options.Endpoint, result.Problem, StringComparison.Ordinal);
        Assert.Contains($"database '{options.Database}' does not exist", result.Problem, StringComparison.Ordinal);
        Assert.Contains("deploy infra/", result.Problem, StringComparison.Ordinal);
    }

    [ContractFact]
    public async Task CheckAsync_MissingContainer_NamesItAndTheFix()
    {
        var database = "partial-" + Guid.NewGuid().ToString("N");
        var created = await fixture.Client.CreateDatabaseAsync(database);
        try
        {
            foreach (var container in StorageContainers.All.Where(c => c != StorageContainers.Jobs))
            {
                await created.Database.CreateContainerAsync(CosmosContainerSetup.PropertiesOf(container));
            }

            var result = await Probe(database).CheckAsync(CancellationToken.None);

            Assert.False(result.IsHealthy);
            Assert.Contains($"container 'jobs' of database '{database}' does not exist", result.Problem, StringComparison.Ordinal);
        }
        finally
        {
            await created.Database.DeleteAsync();
        }
    }

    [ContractFact]
    public async Task CheckAsync_WrongEndpoint_SaysItDoesNotAnswerAndNamesTheSetting()
    {
        var options = Options(fixture.DatabaseName);
        options.Endpoint = "https://127.0.0.1:9/";
        options.StartupCheckTimeout = TimeSpan.FromSeconds(5);

        var result = await Probe(options).CheckAsync(CancellationToken.None);

        Assert.False(result.IsHealthy);
        Assert.Contains("https://127.0.0.1:9/", result.Problem, StringComparison.Ordinal);
        Assert.Contains("does not answer", result.Problem, StringComparison.Ordinal);
        Assert.Contains("Storage:Cosmos:Endpoint", result.Problem, StringComparison.Ordinal);
    }

    [ContractFact]
    public async Task CheckAsync_IdentityWithoutDataRole_NamesTheRoleToAssign()
    {
        var options = Options(fixture.DatabaseName);
        var inner = options.HttpClientFactory!;
        options.HttpClientFactory = () => new HttpClient(new ForbidDatabaseReads(inner));

        var result = await Probe(options).CheckAsync(CancellationToken.None);

        Assert.False(result.IsHealthy);
        Assert.Contains("no data-plane role", result.Problem, StringComparison.Ordinal);
        Assert.Contains("Cosmos DB Built-in Data Contributor", result.Problem, StringComparison.Ordinal);
    }

    [ContractFact]
    public async Task Start_MissingDatabaseWithCreateIfNotExistsOff_FailsWithTheProbesMessage()
    {
        var database = "missing-" + Guid.NewGuid().ToString("N");
        await using var app = ProductionHostOn(database).Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains($"database '{database}' does not exist", error.Message, StringComparison.Ordinal);
    }

    [ContractFact]
    public async Task Ready_ContainerDeletedAfterStart_Answers503AndLogsWhatIsMissingAndTheFix()
    {
        var database = "ready-" + Guid.NewGuid().ToString("N");
        var created = await fixture.Client.CreateDatabaseAsync(database);
        try
        {
            foreach (var container in StorageContainers.All)
            {
                await created.Database.CreateContainerAsync(CosmosContainerSetup.PropertiesOf(container));
            }

            var logs = new RecordingLoggerProvider();
            var builder = ProductionHostOn(database);
            builder.Logging.AddProvider(logs);
            builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
            await using var app = builder.Build();
            app.MapHealthChecks("/health/ready");
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            using (var before = await client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            }

            await created.Database.GetContainer(StorageContainers.Jobs).DeleteContainerAsync();
            using var after = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, after.StatusCode);
            Assert.DoesNotContain(Options(database).Endpoint, await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Contains(logs.Messages, m => m.Contains($"container 'jobs' of database '{database}' does not exist", StringComparison.Ordinal));
            await app.StopAsync();
        }
        finally
        {
            await created.Database.DeleteAsync();
        }
    }

    /// <summary>A Production host with the bot's persistence on <paramref name="database"/> of the test server, configured by settings alone.</summary>
    private static WebApplicationBuilder ProductionHostOn(string database)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Cosmos",
            ["Storage:Cosmos:Endpoint"] = Options(database).Endpoint,
            ["Storage:Cosmos:Key"] = Options(database).Key,
            ["Storage:Cosmos:Database"] = database,
            ["Storage:Cosmos:ConnectionMode"] = "Gateway",
            ["Storage:Cosmos:LimitToEndpoint"] = "true",
            ["Storage:Cosmos:TrustedCertificatePath"] = CosmosEmulatorFixture.CertificatePath(),
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddPersistence();
        return builder;
    }

    private static CosmosStoreOptions Options(string database)
    {
        var options = CosmosEmulatorFixture.EmulatorOptions() ?? throw new InvalidOperationException(CosmosEmulatorFixture.EndpointVariable + " is not set.");
        options.Database = database;
        return options;
    }

    private static CosmosStoreProbe Probe(string database) => Probe(Options(database));

    private static CosmosStoreProbe Probe(CosmosStoreOptions options) =>
        new(CosmosClientFactory.Create(options, NullLogger.Instance), options);

    /// <summary>What Cosmos DB answers an identity without a data-plane role assignment.</summary>
    private sealed class ForbidDatabaseReads(Func<HttpClient> inner) : HttpMessageHandler
    {
        private readonly HttpClient _inner = inner();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath.StartsWith("/dbs", StringComparison.Ordinal))
            {
                return new HttpResponseMessage(HttpStatusCode.Forbidden)
                {
                    Content = new StringContent(
                        """{"code":"Forbidden","message":"Request blocked by Auth : principal does not have required RBAC permissions to perform action [Microsoft.DocumentDB/databaseAccounts/readMetadata] on resource [/]."}""",
                        Encoding.UTF8,
                        "application/json"),
                };
            }

            using var forwarded = new HttpRequestMessage(request.Method, request.RequestUri);
            foreach (var header in request.Headers)
            {
                forwarded.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            return await _inner.SendAsync(forwarded, cancellationToken);
        }
    }
}
