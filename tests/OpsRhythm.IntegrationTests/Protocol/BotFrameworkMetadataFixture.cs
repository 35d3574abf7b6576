using Microsoft.Extensions.DependencyInjection;

namespace OpsRhythm.IntegrationTests.Protocol;

/// <summary>One local OpenID endpoint with its keys for all the token tests (RSA key generation is slow on small machines).</summary>
public sealed class BotFrameworkMetadataFixture : IAsyncLifetime, IDisposable
{
    private LocalHttpServer? _server;

    internal BotFrameworkKeys Keys { get; } = new();

    internal ServiceProvider Services { get; } = new ServiceCollection().AddHttpClient().BuildServiceProvider();

    internal Uri BaseAddress => _server!.BaseAddress;

    public async Task InitializeAsync()
    {
        Keys.Publish("teams-key", "msteams", "skype");
        Keys.Publish("webchat-key", "webchat");
        Keys.Publish("bare-key", null);
        Keys.PublishEntra("entra-key");
        _server = await LocalHttpServer.StartAsync(Keys.HandleAsync);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public void Dispose()
    {
        Keys.Dispose();
        Services.Dispose();
    }
}
