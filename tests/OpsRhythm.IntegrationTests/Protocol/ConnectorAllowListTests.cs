using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Protocol;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.IntegrationTests.Protocol;

/// <summary>
/// Issue 13: with an app id, both connector clients (turn replies and the outbox) refuse a host off the allow-list
/// before the bot's token is fetched or attached; nothing reaches the host.
/// </summary>
public sealed class ConnectorAllowListTests : IAsyncLifetime
{
    private LocalHttpServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await LocalHttpServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"id":"activity-1"}""");
        });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SendToConversationAsync_UnlistedHost_RefusedBeforeTheTokenAndNothingSent(bool outbox)
    {
        var credential = new FakeTokenSource("the-bots-own-connector-token");
        await using var services = Services(credential, allowedHost: null);

        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() =>
            Client(services, outbox).SendToConversationAsync(new Uri(_server.BaseAddress, "/amer/"), "a:1personal", ActivityFactory.Text("周报"), CancellationToken.None));

        Assert.Empty(_server.Requests);
        Assert.Equal(0, credential.Requests);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SendToConversationAsync_ListedHost_SentWithTheToken(bool outbox)
    {
        await using var services = Services(new FakeTokenSource("the-bots-own-connector-token"), allowedHost: _server.BaseAddress.Host);

        await Client(services, outbox).SendToConversationAsync(new Uri(_server.BaseAddress, "/amer/"), "a:1personal", ActivityFactory.Text("周报"), CancellationToken.None);

        Assert.Equal("Bearer the-bots-own-connector-token", Assert.Single(_server.Requests).Authorization);
    }

    private static IConnectorClient Client(IServiceProvider services, bool outbox) =>
        outbox ? services.GetRequiredKeyedService<IConnectorClient>(ConnectorClient.SingleAttemptKey) : services.GetRequiredService<IConnectorClient>();

    private static ServiceProvider Services(FakeTokenSource credential, string? allowedHost)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = BotFrameworkJwtAuthenticatorTests.AppId,
            ["MicrosoftAppPassword"] = "unused",
            ["MicrosoftAppTenantId"] = "tenant-1",
            ["BotConnector:MaxRetryAttempts"] = "1",
            ["BotConnector:RetryBaseDelay"] = "00:00:00.010",
        };
        if (allowedHost is not null)
        {
            settings["BotConnector:AllowedServiceHosts:0"] = allowedHost;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IBotTokenProvider>(new BotTokenProvider(credential, TimeProvider.System));
        services.AddBotFrameworkProtocol(configuration);
        return services.BuildServiceProvider();
    }
}
