using System.Diagnostics;

namespace OpsRhythm.EndToEndTests.Hosting;

/// <summary>
/// The real bot (the built OpsRhythm.Bot.dll) on a free loopback port, with its own SQLite file and no
/// app id, so it accepts the Playground's unauthenticated requests from loopback only.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly string _dataFolder;

    private BotProcess(ChildProcess process, Uri baseAddress, string dataFolder)
    {
        _process = process;
        BaseAddress = baseAddress;
        _dataFolder = dataFolder;
    }

    public Uri BaseAddress { get; }

    public Uri MessagesEndpoint => new(BaseAddress, "/api/messages");

    public string LogPath => _process.LogPath;

    /// <summary>
    /// Starts the bot and waits until it answers HTTP. <paramref name="settings"/> adds configuration as environment
    /// variables (Section__Key), e.g. for a feature's test; <paramref name="logName"/> names its log in artifacts/test-output/logs.
    /// </summary>
    public static async Task<BotProcess> StartAsync(
        IReadOnlyDictionary<string, string>? settings, string logName, CancellationToken cancellationToken)
    {
        var assembly = RepositoryPaths.BotAssembly;
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"Build the solution first: {assembly} is missing.", assembly);
        }

        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var dataFolder = Directory.CreateTempSubdirectory("opsrhythm-e2e-").FullName;
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        startInfo.ArgumentList.Add(assembly);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        foreach (var (key, value) in LocalRunSettings(dataFolder))
        {
            startInfo.Environment[key] = value;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            startInfo.Environment[key] = value;
        }

        var process = ChildProcess.Start(startInfo, RepositoryPaths.TestOutput("logs", $"{logName}-bot.log"));
        var bot = new BotProcess(process, baseAddress, dataFolder);
        try
        {
            // Any HTTP answer (even 404 for "/") means Kestrel is up and the host has started.
            await Readiness.WaitForHttpAsync(process, baseAddress, _ => true, TimeSpan.FromSeconds(60), cancellationToken);
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The same settings scripts/run-local.sh uses: embedded SQLite store, development host, and an empty
    /// MicrosoftAppId (overriding any user secret) so the bot accepts the Playground's token-less calls from loopback.
    /// </summary>
    public static IReadOnlyDictionary<string, string> LocalRunSettings(string dataFolder) => new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DOTNET_NOLOGO"] = "1",
        ["MicrosoftAppId"] = string.Empty,
        ["Storage__Provider"] = "Sqlite",
        ["Storage__Sqlite__Path"] = Path.Combine(dataFolder, "opsrhythm.db"),
    };

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned by the OS.
        }
    }
}
