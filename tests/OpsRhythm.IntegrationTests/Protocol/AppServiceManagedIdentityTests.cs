using Microsoft.AspNetCore.Http;
using OpsRhythm.Protocol.Auth;
using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.IntegrationTests.Protocol;

/// <summary>The bot's managed-identity token from a local server speaking App Service's identity endpoint protocol.</summary>
public sealed class AppServiceManagedIdentityTests : IAsyncLifetime
{
    private const string Header = "identity-header-secret";
    private const string ClientId = "7d2f4c0a-1111-2222-3333-444455556666";
    private readonly Queue<(int Status, string Body)> _answers = new();
    private LocalHttpServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalHttpServer.StartAsync(async context =>
    {
        if (context.Request.Headers["X-IDENTITY-HEADER"] != Header)
        {
            context.Response.StatusCode = 401;
            return;
        }

        var (status, body) = _answers.Count > 0 ? _answers.Dequeue() : (200, TokenJson("bot-token", 1_900_000_000));
        context.Response.StatusCode = status;
        await context.Response.WriteAsync(body);
    });

    public Task DisposeAsync() => _server.DisposeAsync().AsTask();

    [Fact]
    public async Task GetToken_AsksForTheResourceOfTheScopeWithTheClientIdAndTheHeader()
    {
        var credential = new AppServiceManagedIdentity(new Uri(_server.BaseAddress, "/msi/token"), Header, ClientId);

        var token = await credential.GetTokenAsync(BotTokenProvider.Scope, CancellationToken.None);

        Assert.Equal("bot-token", token.Token);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_900_000_000), token.ExpiresOn);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/msi/token?api-version=2019-08-01&resource=https%3A%2F%2Fapi.botframework.com&client_id={ClientId}", request.RawTarget);
    }

    [Fact]
    public async Task GetToken_ServerBusyThenAnswering_Retries()
    {
        _answers.Enqueue((503, "busy"));
        _answers.Enqueue((429, "slow down"));
        var credential = new AppServiceManagedIdentity(new Uri(_server.BaseAddress, "/msi/token"), Header, ClientId);

        var token = await credential.GetTokenAsync("https://graph.microsoft.com/.default", CancellationToken.None);

        Assert.Equal("bot-token", token.Token);
        Assert.Equal(3, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Contains("resource=https%3A%2F%2Fgraph.microsoft.com&", r.RawTarget, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetToken_UnknownIdentity_FailsNamingTheClientIdAndTheAnswer()
    {
        _answers.Enqueue((400, """{"statusCode":400,"message":"No User Assigned or Delegated Managed Identity found for specified ClientId"}"""));
        var credential = new AppServiceManagedIdentity(new Uri(_server.BaseAddress, "/msi/token"), Header, ClientId);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => credential.GetTokenAsync(BotTokenProvider.Scope, CancellationToken.None).AsTask());

        Assert.Contains("400", error.Message, StringComparison.Ordinal);
        Assert.Contains(ClientId, error.Message, StringComparison.Ordinal);
        Assert.Contains("No User Assigned", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Header, error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task GetToken_ExpiresOnAsNumber_IsRead()
    {
        _answers.Enqueue((200, """{"access_token":"t2","expires_on":1900000123,"token_type":"Bearer"}"""));
        var credential = new AppServiceManagedIdentity(new Uri(_server.BaseAddress, "/msi/token"), Header, ClientId);

        var token = await credential.GetTokenAsync(BotTokenProvider.Scope, CancellationToken.None);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_900_000_123), token.ExpiresOn);
    }

    [Fact]
    public void Create_UserAssignedMsiOutsideAppService_UsesAzureIdentity()
    {
        // The test process has no IDENTITY_ENDPOINT: the factory falls back to Azure.Identity's credential.
        Assert.Null(Environment.GetEnvironmentVariable(AppServiceManagedIdentity.EndpointVariable));

        var credential = BotCredentialFactory.Create(new BotAuthenticationOptions { MicrosoftAppId = ClientId, MicrosoftAppType = MicrosoftAppType.UserAssignedMSI });

        Assert.Equal("ManagedIdentityCredential", Assert.IsType<AzureCredentialTokenSource>(credential).Credential.GetType().Name);
    }

    private static string TokenJson(string token, long expiresOn) =>
        $$"""{"access_token":"{{token}}","expires_on":"{{expiresOn}}","resource":"https://api.botframework.com","token_type":"Bearer","client_id":"{{ClientId}}"}""";
}
