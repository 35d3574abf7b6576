using OpsRhythm.EndToEndTests.Browser;
using OpsRhythm.EndToEndTests.Hosting;
using OpsRhythm.IntegrationTests.Dashboard;
using OpsRhythm.Storage.Sqlite;

namespace OpsRhythm.EndToEndTests.Dashboard;

/// <summary>
/// The built bot as a process (a local run on the embedded store), a month of sample data written into
/// its SQLite file through the store the bot itself uses, and one headless Chromium for the dashboard tests.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("opsrhythm-dashboard-e2e-").FullName;
    private BotProcess? _bot;
    private ChromiumBrowser? _browser;

    public BotProcess Bot => _bot ?? throw new InvalidOperationException("Not started.");

    public ChromiumBrowser Browser => _browser ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var database = Path.Combine(_dataFolder, "opsrhythm.db");
        _bot = await BotProcess.StartAsync(new Dictionary<string, string> { ["Storage__Sqlite__Path"] = database, ["Scheduling__Enabled"] = "false" }, "dashboard", timeout.Token);
        using (var store = new SqliteDocumentStore(new SqliteStoreOptions { Path = database }, TimeProvider.System))
        {
            await DashboardSampleData.SeedAsync(store, timeout.Token);
        }

        _browser = await ChromiumBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // The bot may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
