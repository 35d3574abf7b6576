using OpsRhythm.IntegrationTests.Storage;

namespace OpsRhythm.IntegrationTests.Dashboard;

/// <summary>
/// The dashboard with the bot configured for the Cosmos DB-compatible server (tests/cosmos-harness) as an
/// operator would set it: Gateway mode, the endpoint only, the server's certificate trusted by setting.
/// The fixture's database (created and deleted by it) is the bot's.
/// </summary>
[CosmosEmulatorAvailable]
public sealed class CosmosEmulatorDashboardFlowTests(CosmosEmulatorFixture fixture) : DashboardFlowContract, IClassFixture<CosmosEmulatorFixture>
{
    protected override IReadOnlyDictionary<string, string?> StoreSettings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Cosmos",
        ["Storage:Cosmos:Endpoint"] = Environment.GetEnvironmentVariable(CosmosEmulatorFixture.EndpointVariable),
        ["Storage:Cosmos:Key"] = Convert.ToBase64String("opsrhythm-tests"u8.ToArray()),
        ["Storage:Cosmos:Database"] = fixture.DatabaseName,
        ["Storage:Cosmos:ConnectionMode"] = "Gateway",
        ["Storage:Cosmos:LimitToEndpoint"] = "true",
        ["Storage:Cosmos:CreateIfNotExists"] = "true",
        ["Storage:Cosmos:FailOnCrossPartitionHotPath"] = "true",
        ["Storage:Cosmos:TrustedCertificatePath"] = CosmosEmulatorFixture.CertificatePath(),
    };
}
