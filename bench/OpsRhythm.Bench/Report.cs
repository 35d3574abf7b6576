using System.Globalization;
using System.Text;

namespace OpsRhythm.Bench;

/// <summary>Writes docs/performance.md: machine, method, tables and the verdicts against the goals.</summary>
public sealed class Report(BenchSettings settings, MachineInfo machine)
{
    /// <summary>Everything after this line in the existing report is the team's reading of the figures and is kept.</summary>
    public const string HandWrittenMarker = "<!-- Hand-written below this line; bench/run.sh keeps it. -->";

    private string _loadAtEnd = "?";

    public List<TurnRun> Turns { get; } = [];

    public List<StartupSample> Startups { get; } = [];

    public List<FanoutRun> Fanouts { get; } = [];

    public long ConnectorUnauthorized { get; set; }

    public void Finish(string loadAverage) => _loadAtEnd = loadAverage;

    public string Render(string? previous)
    {
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');
        Line("# Performance");
        Line();
        Line($"Measured by `bench/run.sh{(settings.Quick ? " --quick" : string.Empty)}` on {machine.At:yyyy-MM-dd HH:mm} UTC. This file is generated: re-run the command instead of editing it");
        Line("(method and caveats: `bench/README.md`).");
        Line();
        Line("## Machine");
        Line();
        Line("| | |");
        Line("| --- | --- |");
        Line($"| Processor | {machine.Cpu}, {machine.Cores} logical cores |");
        Line($"| Memory | {machine.MemoryGiB:0.0} GiB |");
        Line($"| System | {machine.Kernel} |");
        Line($"| Runtimes | {machine.DotNet}; Node {machine.Node} |");
        Line($"| Load average (1/5/15 min) | {machine.LoadAverage} at the start, {_loadAtEnd} at the end |");
        Line();
        Line("The load generator, the fake connector, the local issuer and the bot under test share these cores; a");
        Line("load average near or above the core count means other work competed with the run and the figures are");
        Line("pessimistic and noisy. Compare ratios taken in the same run rather than absolute numbers across runs.");
        Line();
        RenderTurns(Line);
        RenderStartups(Line);
        RenderFanouts(Line);
        var kept = previous?.IndexOf(HandWrittenMarker, StringComparison.Ordinal) ?? -1;
        Line(kept >= 0 ? previous![kept..].TrimEnd() : HandWrittenMarker);
        return md.ToString();
    }

    private void RenderTurns(Action<string> line)
    {
        if (Turns.Count == 0)
        {
            return;
        }

        line("## Turn throughput and latency");
        line(string.Empty);
        line($"POST /api/messages with a Bot Connector JWT (RS256, validated against the local OpenID metadata and keys),");
        line($"replies to the fake connector. OpsRhythm's mix: {TurnScenario.Mix}. The reference echo bot gets");
        line("chat messages and echoes each one through the connector. Fixed offered rates are open-loop (latency from");
        line($"the moment a request was due); saturation is closed-loop with {settings.SaturationWorkers} concurrent requests.");
        line($"Each step lasts {settings.StepDuration.TotalSeconds:0} s after the first {settings.WarmUp.TotalSeconds:0} s at 50 rps (reported below). CPU is the bot process's user+system time over");
        line("the step (100% = one core); RSS is its resident memory at the end of the step.");
        line(string.Empty);
        line("| Bot | Step | Answered/s | p50 ms | p99 ms | max ms | Failed | CPU % | RSS MiB |");
        line("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var run in Turns)
        {
            foreach (var step in run.Steps)
            {
                var l = step.Load;
                line(Invariant($"| {run.Subject} | {l.Step} | {l.Throughput:0.0} | {l.P50Ms:0.0} | {l.P99Ms:0.0} | {l.MaxMs:0} | {l.Failed} | {step.CpuPercent:0} | {step.RssMiB:0} |"));
            }
        }

        line(string.Empty);
        var withKinds = Turns.Where(t => t.Kinds.Count > 0).ToList();
        if (withKinds.Count > 0)
        {
            line($"OpsRhythm's latency by kind of turn at {settings.Rates[0]:0} rps (p50 / p99 ms):");
            line(string.Empty);
            line("| Kind | " + string.Join(" | ", withKinds.Select(t => t.Subject["OpsRhythm, ".Length..])) + " |");
            line("| --- |" + string.Concat(withKinds.Select(_ => " ---: |")));
            foreach (var kind in withKinds[0].Kinds.Select(k => k.Kind))
            {
                line($"| {kind} | " + string.Join(" | ", withKinds.Select(t => t.Kinds.FirstOrDefault(k => k.Kind == kind) is { } k ? Invariant($"{k.P50Ms:0.0} / {k.P99Ms:0.0}") : "–")) + " |");
            }

            line(string.Empty);
        }

        if (Turns.Any(t => t.FirstSeconds is not null))
        {
            line($"The first {settings.WarmUp.TotalSeconds:0} s of traffic after start (50 rps, from 3 s after the first answer: JIT tiering, first use of");
            line("the store's read and write paths, first GCs) beside the steady 50 rps step that follows:");
            line(string.Empty);
            line($"| Bot | first {settings.WarmUp.TotalSeconds:0} s p50 ms | first {settings.WarmUp.TotalSeconds:0} s p99 ms | first {settings.WarmUp.TotalSeconds:0} s max ms | steady p50 ms | steady p99 ms | steady max ms |");
            line("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var run in Turns.Where(t => t.FirstSeconds is not null))
            {
                var (f, s) = (run.FirstSeconds!.Load, run.Steps[0].Load);
                line(Invariant($"| {run.Subject} | {f.P50Ms:0.0} | {f.P99Ms:0.0} | {f.MaxMs:0} | {s.P50Ms:0.0} | {s.P99Ms:0.0} | {s.MaxMs:0} |"));
            }

            line(string.Empty);
        }

        if (ConnectorUnauthorized > 0)
        {
            line($"**The fake connector refused {ConnectorUnauthorized} replies without the bot's token.**");
            line(string.Empty);
        }

        var reference = Turns.FirstOrDefault(t => t.Subject.StartsWith("Reference", StringComparison.Ordinal));
        if (reference is null)
        {
            return;
        }

        line("### Against the reference (goal: OpsRhythm's business turn at least as fast as the reference's echo turn)");
        line(string.Empty);
        line("| OpsRhythm on | Saturation throughput, OpsRhythm / reference | p50 at 50 rps, OpsRhythm / reference | p99 at 50 rps, OpsRhythm / reference | CPU seconds per turn at saturation, OpsRhythm / reference | Goal |");
        line("| --- | ---: | ---: | ---: | ---: | --- |");
        var referenceSaturation = reference.Steps[^1];
        var referenceFirst = reference.Steps[0].Load;
        foreach (var run in Turns.Where(t => t != reference))
        {
            var saturation = run.Steps[^1];
            var first = run.Steps[0].Load;
            var throughputRatio = saturation.Load.Throughput / referenceSaturation.Load.Throughput;
            var cpuPerTurn = saturation.CpuPercent / saturation.Load.Throughput / (referenceSaturation.CpuPercent / referenceSaturation.Load.Throughput);
            var met = throughputRatio >= 1 && first.P50Ms <= referenceFirst.P50Ms;
            line(Invariant($"| {run.Subject["OpsRhythm, ".Length..]} | {throughputRatio:0.00} | {first.P50Ms / referenceFirst.P50Ms:0.00} | {first.P99Ms / referenceFirst.P99Ms:0.00} | {cpuPerTurn:0.00} | {(met ? "met" : "not met")} |"));
        }

        line(string.Empty);
    }

    private void RenderStartups(Action<string> line)
    {
        var samples = Startups.Concat(Turns.Select(t => new StartupSample(t.Subject + " (before its load run)", t.Listening, t.Startup, t.IdleRssMiB))).ToList();
        if (samples.Count == 0)
        {
            return;
        }

        line("## Startup and idle memory");
        line(string.Empty);
        line("From the process start to listening (the first HTTP answer of any kind) and to the first 200 on /api/messages");
        line("(an authenticated chat turn, reply sent: JIT, OpenID metadata fetch, store open, first token), and the resident");
        line("memory a few seconds later with no traffic. Release build, `dotnet OpsRhythm.Bot.dll`; the reference is");
        line("`node index.js`. Median of the runs, range in brackets.");
        line(string.Empty);
        line("| Service | Runs | Process start → listening (ms) | Process start → first 200 (ms) | Idle RSS (MiB) |");
        line("| --- | ---: | ---: | ---: | ---: |");
        foreach (var group in samples.GroupBy(s => s.Subject))
        {
            var listening = group.Select(s => s.Listening.TotalMilliseconds).Order().ToArray();
            var startups = group.Select(s => s.Startup.TotalMilliseconds).Order().ToArray();
            var rss = group.Select(s => s.IdleRssMiB).Order().ToArray();
            line(Invariant($"| {group.Key} | {startups.Length} | {Median(listening):0} [{listening[0]:0}–{listening[^1]:0}] | {Median(startups):0} [{startups[0]:0}–{startups[^1]:0}] | {Median(rss):0} [{rss[0]:0}–{rss[^1]:0}] |"));
        }

        line(string.Empty);
    }

    private void RenderFanouts(Action<string> line)
    {
        if (Fanouts.Count == 0)
        {
            return;
        }

        var first = Fanouts[0];
        line("## Proactive fan-out");
        line(string.Empty);
        line($"{first.Messages:N0} reminders to {first.Messages:N0} distinct conversations, written into the outbox (SQLite store) with");
        line("`OutboxMessage.Create` and delivered by the bot's `OutboxDispatcher`. The fake connector enforces Teams'");
        line($"per-conversation limits (7 / 1 s, 8 / 2 s, 60 / 30 s) and an app-wide limit scaled down to {first.Limit}/s, and injects");
        line(Invariant($"{first.Injection:0.#%} 429 (Retry-After 1 s), {first.Injection:0.#%} 503 and {first.Injection:0.#%} 500 before accepting. The bot runs with `Delivery:GlobalPerSecond` ="));
        line($"{first.BotLimit} (paced at the default `GlobalPaceFraction` 0.94 of it), `MaxParallelConversations` = 16, `PollInterval` = 1 s and `LeaseDuration` = 10 s (scaled down from 2 min).");
        line("*Overall* is delivered conversations over the time from the first to the last accepted message (start-up ramp and");
        line("the tail of retried messages included); *sustained* is the rate between the 10th and the 90th percentile of");
        line("deliveries, and the fraction of the limit is taken from it. Goal: sustained ≥ 0.9 of the limit, none lost, none doubled.");
        line(string.Empty);
        line("| Run | Delivered | Lost | Doubled | Seconds | Overall /s | Sustained /s | Fraction of limit | 429 over limit | Injected failures | Outbox afterwards | Goal |");
        line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
        foreach (var run in Fanouts)
        {
            var name = run.Killed
                ? Invariant($"SIGKILL after {run.KilledAfterSeconds:0.0} s, restarted (first 200 after {run.RestartToFirstTurn?.TotalMilliseconds:0} ms)")
                : "uninterrupted";
            var states = string.Join(", ", run.OutboxStates.Select(s => $"{s.Key} {s.Value}"));
            var met = run.Fraction >= 0.9 && run.Lost == 0 && run.Duplicates == 0;
            line(Invariant($"| {name} | {run.Delivered} | {run.Lost} | {run.Duplicates} | {run.Seconds:0.0} | {run.Rate:0.0} | {run.SustainedRate:0.0} | {run.Fraction:0.00} | {run.Limited} | {run.Injected} | {states} | {(met ? "met" : "not met")} |"));
        }

        line(string.Empty);
        if (Fanouts.Any(f => f.Unauthorized > 0))
        {
            line("**The fake connector refused sends without the bot's token.**");
            line(string.Empty);
        }
    }

    private static double Median(double[] sorted) => sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
