using System.Globalization;

namespace OpsRhythm.Bench;

/// <summary>
/// --repo DIR (required) --bot PATH (required) --out FILE [--quick] [--work DIR] [--only turns,startup,fanout]
/// [--cosmos-endpoint URL --cosmos-cert FILE]
/// [--fanout-inject 0.01] [--fanout-bot-limit N] [--instances-messages N] [--backlog-messages N] [--backlog-drain-seconds S]
/// </summary>
public static class Arguments
{
    public static BenchSettings Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var quick = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--quick")
            {
                quick = true;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                values[args[i][2..]] = args[++i];
            }
            else
            {
                throw new ArgumentException($"Unknown argument '{args[i]}'. {Usage}");
            }
        }

        string Required(string name) => values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required. {Usage}");
        var repo = Path.GetFullPath(Required("repo"));
        return new BenchSettings(
            repo,
            Path.GetFullPath(Required("bot")),
            Path.Combine(repo, "bench", "reference-echo"),
            Path.GetFullPath(values.GetValueOrDefault("work") ?? Path.Combine(repo, "artifacts", "bench")),
            Path.GetFullPath(values.GetValueOrDefault("out") ?? Path.Combine(repo, "docs", "performance.md")),
            quick,
            values.GetValueOrDefault("cosmos-endpoint"),
            values.GetValueOrDefault("cosmos-cert"),
            (values.GetValueOrDefault("only") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal))
        {
            FanoutInjection = values.TryGetValue("fanout-inject", out var inject) ? double.Parse(inject, CultureInfo.InvariantCulture) : 0.01,
            FanoutBotLimit = values.TryGetValue("fanout-bot-limit", out var botLimit) ? int.Parse(botLimit, CultureInfo.InvariantCulture) : null,
            BacklogMessagesOverride = values.TryGetValue("backlog-messages", out var backlog) ? int.Parse(backlog, CultureInfo.InvariantCulture) : null,
            BacklogDrainWindow = TimeSpan.FromSeconds(values.TryGetValue("backlog-drain-seconds", out var drain) ? int.Parse(drain, CultureInfo.InvariantCulture) : 2_700),
            InstancesMessagesOverride = values.TryGetValue("instances-messages", out var instancesMessages) ? int.Parse(instancesMessages, CultureInfo.InvariantCulture) : null,
        };
    }

    private static string Usage => "Usage: --repo DIR --bot OpsRhythm.Bot.dll [--out docs/performance.md] [--quick] [--work DIR] [--only turns,startup,fanout] [--cosmos-endpoint URL --cosmos-cert FILE] [--fanout-inject FRACTION] [--fanout-bot-limit N] [--instances-messages N] [--backlog-messages N] [--backlog-drain-seconds S]";
}
