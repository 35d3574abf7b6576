using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace OpsRhythm.EndToEndTests.Hosting;

/// <summary>
/// The real Microsoft 365 Agents Playground (scripts/playground, pinned in its package-lock.json) pointed at a bot,
/// on a free port, with the repository's config (the sample organisation's people, team and channel).
/// </summary>
public sealed partial class PlaygroundProcess : IAsyncDisposable
{
    private readonly ChildProcess _process;

    private PlaygroundProcess(ChildProcess process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>The UI and the APIs, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    public string LogPath => _process.LogPath;

    /// <summary>
    /// Starts the Playground for a bot and waits for its ping. Playground 0.2.28 stamps every activity it makes
    /// (messages, invokes, installs) with locale en-US whatever the machine's language; its time zone comes from TZ.
    /// </summary>
    public static async Task<PlaygroundProcess> StartAsync(
        Uri botMessagesEndpoint, string configPath, string logName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(botMessagesEndpoint);
        await PlaygroundInstallation.EnsureInstalledAsync(cancellationToken);
        var requestedPort = FreePort.Next();
        var startInfo = new ProcessStartInfo("node") { WorkingDirectory = RepositoryPaths.PlaygroundFolder };
        foreach (var argument in new[]
        {
            RepositoryPaths.PlaygroundCli, "-e", botMessagesEndpoint.ToString(), "-c", "msteams",
            "-p", requestedPort.ToString(CultureInfo.InvariantCulture), "--disable-telemetry",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        startInfo.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = configPath;
        startInfo.Environment["TZ"] = "Asia/Shanghai";

        // It falls back to a random port when the requested one was taken meanwhile: read the port it reports.
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = ChildProcess.Start(startInfo, RepositoryPaths.TestOutput("logs", $"{logName}-playground.log"));
        process.Line += line =>
        {
            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        };
        try
        {
            var port = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            var baseAddress = new Uri($"http://127.0.0.1:{port}/");

            // An invalid config still prints "Listening" and then exits: only a ping after that proves it is up.
            await Readiness.WaitForHttpAsync(
                process, new Uri(baseAddress, "_debug/ping"), r => r.IsSuccessStatusCode, TimeSpan.FromSeconds(30), cancellationToken);
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The Playground exited after start (invalid config?).{Environment.NewLine}{process.Tail()}");
            }

            return new PlaygroundProcess(process, baseAddress);
        }
        catch (TimeoutException)
        {
            await process.DisposeAsync();
            throw new TimeoutException($"The Playground did not report its port. Log: {process.LogPath}{Environment.NewLine}{process.Tail()}");
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
