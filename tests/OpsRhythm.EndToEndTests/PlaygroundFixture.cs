using OpsRhythm.EndToEndTests.Hosting;
using OpsRhythm.EndToEndTests.Playground;

namespace OpsRhythm.EndToEndTests;

/// <summary>
/// One real bot and one real Playground for the whole "Playground" collection (started once, stopped at the end).
/// Tests share the conversations, so each takes <see cref="ConversationFeed.Position"/> before acting.
/// </summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    private BotProcess? _bot;
    private PlaygroundProcess? _playground;
    private PlaygroundClient? _client;

    public BotProcess Bot => _bot ?? throw new InvalidOperationException("Not started.");

    public PlaygroundProcess Playground => _playground ?? throw new InvalidOperationException("Not started.");

    public PlaygroundClient Client => _client ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        _bot = await BotProcess.StartAsync(settings: null, "e2e", timeout.Token);
        _playground = await PlaygroundProcess.StartAsync(
            _bot.MessagesEndpoint, RepositoryPaths.PlaygroundConfig, "e2e", timeout.Token);
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
