using System.Net;

namespace OpsRhythm.IntegrationTests.Operations;

/// <summary>
/// What an SQLite bot must not carry at idle (docs/performance.md, "Idle memory"): the Cosmos DB SDK, which
/// only the Cosmos provider uses, and the XML stack, which only the key ring of DataProtection reads, on first
/// use. Read from the process's own mappings after start, a turn's worth of health checks and a pause.
/// </summary>
public sealed class IdleFootprintTests
{
    [Fact]
    public async Task SqliteBot_AfterStartAndReadiness_HasNeitherCosmosSdkNorXmlLoaded()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /proc/PID/maps is Linux's; CI runs on Linux.
        }

        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string> { ["Storage__Provider"] = "Sqlite" });
        using var client = new HttpClient { BaseAddress = bot.Address };
        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        // The hosted services (store start-up, the DataProtection key ring's) have run by the time ready answers;
        // a moment more lets the background ones finish.
        await Task.Delay(TimeSpan.FromSeconds(3));

        var mapped = (await File.ReadAllLinesAsync($"/proc/{bot.ProcessId}/maps"))
            .Select(line => Path.GetFileName(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last()))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("Microsoft.Data.Sqlite.dll", mapped);
        Assert.DoesNotContain("Microsoft.Azure.Cosmos.Client.dll", mapped);
        Assert.DoesNotContain("System.Private.Xml.dll", mapped);
    }
}
