using System.Diagnostics;

namespace OpsRhythm.EndToEndTests.Hosting;

/// <summary>
/// Installs the pinned Playground (npm ci in scripts/playground) when someone runs `dotnet test` without
/// scripts/test.sh having done it first.
/// </summary>
public static class PlaygroundInstallation
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(RepositoryPaths.PlaygroundCli))
        {
            return;
        }

        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(RepositoryPaths.PlaygroundCli))
            {
                return;
            }

            var startInfo = new ProcessStartInfo("npm") { WorkingDirectory = RepositoryPaths.PlaygroundFolder };
            foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
            {
                startInfo.ArgumentList.Add(argument);
            }

            await using var npm = ChildProcess.Start(startInfo, RepositoryPaths.TestOutput("logs", "playground-npm-ci.log"));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(5));
            while (!npm.HasExited)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), timeout.Token);
            }

            if (!File.Exists(RepositoryPaths.PlaygroundCli))
            {
                throw new InvalidOperationException($"npm ci in {RepositoryPaths.PlaygroundFolder} failed:{Environment.NewLine}{npm.Tail()}");
            }
        }
        finally
        {
            Gate.Release();
        }
    }
}
