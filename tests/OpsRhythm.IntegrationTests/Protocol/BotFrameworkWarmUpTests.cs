using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpsRhythm.Protocol;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Auth;
using OpsRhythm.Protocol.Connector;
using OpsRhythm.Protocol.Startup;

namespace OpsRhythm.IntegrationTests.Protocol;

/// <summary>The start-up warm-up of the signing keys and the bot's token, against a local metadata server.</summary>
public sealed class BotFrameworkWarmUpTests : IAsyncLifetime, IDisposable
{
    private const string SigningKeysFailed = "SigningKeysFailed";
    private readonly BotFrameworkKeys _keys = new();
    private readonly RecordingLoggerProvider _logs = new();
    private readonly FakeTokenSource _credential = new("bot-token");
    private LocalHttpServer _server = null!;
    private bool _metadataBroken;

    public async Task InitializeAsync()
    {
        _keys.Publish("teams-key", "msteams");
        _server = await LocalHttpServer.StartAsync(context =>
        {
            if (_metadataBroken)
            {
                context.Response.StatusCode = 500;
                return Task.CompletedTask;
            }

            return _keys.HandleAsync(context);
        });
    }

    public Task DisposeAsync() => _server.DisposeAsync().AsTask();

    public void Dispose()
    {
        _keys.Dispose();
        _logs.Dispose();
    }

    [Fact]
    public async Task Start_WithAppId_FetchesTheMetadataOnceAndTheBotToken()
    {
        await using var services = Services(appId: BotFrameworkJwtAuthenticatorTests.AppId);

        await StartAsync(services);
        await WaitUntilAsync(() => MetadataRequests >= 1 && KeySetRequests >= 1 && _credential.Requests >= 1);
        var first = await services.GetRequiredService<IInboundAuthenticator>().AuthenticateAsync(Context(_keys.Token("teams-key")), Activity(), CancellationToken.None);
        await services.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None);
        await StopAsync(services);

        Assert.Equal(InboundAuthResult.Allowed, first);
        Assert.Equal(1, MetadataRequests);
        Assert.Equal(1, KeySetRequests);
        Assert.Equal(1, _credential.Requests);
    }

    [Fact]
    public async Task Start_MetadataFails_StartsAndOnlyLogs()
    {
        _metadataBroken = true;
        await using var services = Services(appId: BotFrameworkJwtAuthenticatorTests.AppId);

        await StartAsync(services);
        await WaitUntilAsync(() => _logs.Entries.Any(e => e.Event.Name == SigningKeysFailed));
        await StopAsync(services);

        Assert.Contains(_logs.Entries, e => e.Event.Name == SigningKeysFailed && e.Level == LogLevel.Warning);
        Assert.True(MetadataRequests >= 1);
        Assert.Equal(1, _credential.Requests);
    }

    [Fact]
    public async Task AddBotFrameworkProtocol_NoAppId_NoWarmUp()
    {
        await using var services = Services(appId: null);

        Assert.DoesNotContain(services.GetServices<IHostedService>(), s => s is BotFrameworkWarmUp);
    }

    private int MetadataRequests => _server.Requests.Count(r => r.RawTarget == BotFrameworkKeys.MetadataPath);

    private int KeySetRequests => _server.Requests.Count(r => r.RawTarget == BotFrameworkKeys.KeysPath);

    private ServiceProvider Services(string? appId)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [nameof(BotAuthenticationOptions.MicrosoftAppId)] = appId,
                [nameof(BotAuthenticationOptions.MicrosoftAppPassword)] = appId is null ? null : "unused",
                [nameof(BotAuthenticationOptions.MicrosoftAppTenantId)] = "tenant-1",
                [nameof(BotAuthenticationOptions.BotOpenIdMetadata)] = new Uri(_server.BaseAddress, BotFrameworkKeys.MetadataPath).ToString(),
                [nameof(BotAuthenticationOptions.EntraOpenIdMetadata)] = new Uri(_server.BaseAddress, BotFrameworkKeys.EntraMetadataPath).ToString(),
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(_logs))
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IBotTokenProvider>(new BotTokenProvider(_credential, TimeProvider.System));
        services.AddBotFrameworkProtocol(configuration);
        return services.BuildServiceProvider();
    }

    private static async Task StartAsync(IServiceProvider services)
    {
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }

    private static async Task StopAsync(IServiceProvider services)
    {
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StopAsync(CancellationToken.None);
        }
    }

    private static DefaultHttpContext Context(string token)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = "Bearer " + token;
        return context;
    }

    private static Activity Activity() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = BotFrameworkJwtAuthenticatorTests.ServiceUrl,
        Conversation = new ConversationAccount("a:1personal"),
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = "tenant-1" } }),
    };

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The warm-up did not get there within 30 s.");
            await Task.Delay(20);
        }
    }
}
