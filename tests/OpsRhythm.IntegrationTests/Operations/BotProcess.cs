using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OpsRhythm.IntegrationTests.Operations;

/// <summary>
/// The bot's own build output run as its own process (`dotnet OpsRhythm.Bot.dll`), so that environment
/// variables such as OTEL_EXPORTER_OTLP_ENDPOINT reach it exactly as they do in production and touch no
/// other test's host. A local run (no app id) on a free loopback port with its own SQLite file.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;

    private BotProcess(Process process, string directory, Uri address)
    {
        _process = process;
        _directory = directory;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The bot's process id (for /proc/PID/maps).</summary>
    public int ProcessId => _process.Id;

    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var directory = Path.Combine(Path.GetTempPath(), "opsrhythm-process-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var botDll = BotDll();
        var start = new ProcessStartInfo("dotnet", [botDll])
        {
            WorkingDirectory = Path.GetDirectoryName(botDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["MicrosoftAppId"] = string.Empty;
        start.Environment["Storage__Sqlite__Path"] = Path.Combine(directory, "bot.db");
        start.Environment["BotConnector__MaxRetryAttempts"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        // Drained so a chatty bot never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, directory, address);
        await bot.WaitUntilLiveAsync();
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task WaitUntilLiveAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var live = await client.GetAsync("/health/live");
                if (live.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"The bot at {Address} did not become live (exited: {_process.HasExited}).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>artifacts/bin/OpsRhythm.Bot/{configuration}/, beside this test's own artifacts/bin/OpsRhythm.IntegrationTests/{configuration}/.</summary>
    private static string BotDll()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var bin = testOutput.Parent!.Parent!.FullName;
        var dll = Path.Combine(bin, "OpsRhythm.Bot", testOutput.Name, "OpsRhythm.Bot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the bot first (it is a project reference of this test project).", dll);
    }
}
