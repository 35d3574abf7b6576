using OpsRhythm.EndToEndTests.Hosting;
using OpsRhythm.EndToEndTests.Playground;

namespace OpsRhythm.EndToEndTests.WeeklyStatus;

/// <summary>
/// A bot and Playground of their own for the weekly status round: a fresh store (no report of this week
/// yet), the scheduler off (the test fires the jobs with the local-run "运行任务" command instead of
/// waiting for their cron times), and the deadline at the very end of the week, so the round is open
/// whatever day the test runs.
/// </summary>
public sealed class WeeklyStatusFixture : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Settings = new(StringComparer.Ordinal)
    {
        ["Scheduling__Enabled"] = "false",
        ["WeeklyStatus__DeadlineDay"] = "Sunday",
        ["WeeklyStatus__DeadlineTime"] = "23:59:59",
    };

    private BotProcess? _bot;
    private PlaygroundProcess? _playground;
    private PlaygroundClient? _client;

    public PlaygroundClient Client => _client ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        _bot = await BotProcess.StartAsync(Settings, "e2e-status", timeout.Token);
        _playground = await PlaygroundProcess.StartAsync(_bot.MessagesEndpoint, RepositoryPaths.PlaygroundConfig, "e2e-status", timeout.Token);
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
