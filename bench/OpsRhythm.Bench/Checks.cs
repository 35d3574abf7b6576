using System.Text.Json;

namespace OpsRhythm.Bench;

/// <summary>Sanity checks before measuring, and the idle-memory probe.</summary>
public static class Checks
{
    /// <summary>The turn must answer 200 and, for a card action, an invoke response of 200 (a card or a message), not a card error.</summary>
    public static async Task ExpectCardAnswerAsync(HttpClient client, Activities activities, BotUnderTest bot, string kind, string template)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(bot);
        using var request = activities.Request(bot.Messages, template, Random.Shared.NextInt64(1, long.MaxValue));
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var invokeStatus = 200;
        if (body.Length > 0 && JsonDocument.Parse(body).RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("statusCode", out var status))
        {
            invokeStatus = status.GetInt32();
        }

        if ((int)response.StatusCode != 200 || invokeStatus != 200)
        {
            throw new InvalidOperationException($"The mix's {kind} turn answered HTTP {(int)response.StatusCode}, invoke status {invokeStatus}: {body[..Math.Min(body.Length, 400)]}");
        }

        Console.WriteLine($"  checked {kind}: {body[..Math.Min(body.Length, 100)].ReplaceLineEndings(" ")}");
    }

    public static async Task<StartupSample> IdleAsync(string subject, StartedBot started)
    {
        ArgumentNullException.ThrowIfNull(started);
        await Task.Delay(TimeSpan.FromSeconds(5));
        var memory = started.Bot.MemoryMiB();
        if (Environment.GetEnvironmentVariable("BENCH_SMAPS_DIR") is { Length: > 0 } smapsDir)
        {
            File.WriteAllText(Path.Combine(smapsDir, $"{subject.Split(' ')[0]}-{DateTime.UtcNow:HHmmss}.smaps"), File.ReadAllText($"/proc/{started.Bot.ProcessId}/smaps"));
            Console.WriteLine($"  exact idle RSS {memory.Rss:0.0} MiB");
        }

        Console.WriteLine($"  {subject}: listening after {started.Listening.TotalMilliseconds:0} ms, first 200 after {started.Startup.TotalMilliseconds:0} ms, idle RSS {memory.Rss:0} MiB");
        return new StartupSample(subject, started.Listening, started.Startup, memory.Rss);
    }
}

public sealed record StartupSample(string Subject, TimeSpan Listening, TimeSpan Startup, double IdleRssMiB);
