using OpsRhythm.EndToEndTests.Hosting;
using OpsRhythm.EndToEndTests.Playground;

namespace OpsRhythm.EndToEndTests.Setup;

/// <summary>
/// A bot that starts as a production one would: no sample company, an empty organisation, and the
/// Playground's current user (王敏) named as the administrator by object id and by UPN.
/// </summary>
public sealed class EmptyTenantFixture : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Settings = new(StringComparer.Ordinal)
    {
        ["Scheduling__Enabled"] = "false",
        ["Organisation__SampleData"] = "false",
        ["Organisation__CompanyName"] = "华彩制造",
        ["Organisation__Administrators__0"] = "00000000-0000-0000-0000-0000000000020",
        ["Organisation__Administrators__1"] = "wang.min@huacai.example",

        // The heads' 1:1 chats are not shown by the Playground: the test finds them from the outbox's "sent to" lines.
        ["Logging__LogLevel__OpsRhythm.Bot.Delivery.OutboxDelivery"] = "Debug",
    };

    private BotProcess? _bot;
    private PlaygroundProcess? _playground;
    private PlaygroundClient? _client;

    public string BotLogPath => _bot?.LogPath ?? throw new InvalidOperationException("Not started.");

    public PlaygroundClient Client => _client ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        _bot = await BotProcess.StartAsync(Settings, "e2e-empty-tenant", timeout.Token);
        _playground = await PlaygroundProcess.StartAsync(_bot.MessagesEndpoint, RepositoryPaths.PlaygroundConfig, "e2e-empty-tenant", timeout.Token);
        _client = await PlaygroundClient.ConnectAsync(_playground.BaseAddress, timeout.Token);
    }

    public async Task DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        if (_playground is not null)
        {
            await _playground.DisposeAsync();
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}
