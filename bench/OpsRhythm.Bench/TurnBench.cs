using System.Diagnostics;

namespace OpsRhythm.Bench;

/// <summary>Loads one running bot: warm-up, the fixed offered rates, then saturation; CPU and memory per step.</summary>
public sealed class TurnBench(BenchSettings settings, HttpClient client)
{
    public async Task<TurnRun> RunAsync(string subject, StartedBot started, Activities activities, Func<long, string> pick, Func<long, string>? kindOf = null)
    {
        var bot = started.Bot;
        await Task.Delay(TimeSpan.FromSeconds(3));
        var idle = bot.MemoryMiB();
        var generator = new LoadGenerator(client, i => activities.Request(bot.Messages, pick(i), i));
        Console.WriteLine($"  {subject}: started in {started.Startup.TotalMilliseconds:0} ms, idle RSS {idle.Rss:0} MiB; first {settings.WarmUp.TotalSeconds:0} s at 50 rps");
        var firstSeconds = await MeasureAsync(bot, () => generator.FixedRateAsync(50, settings.WarmUp, CancellationToken.None));

        var steps = new List<TurnStep>();
        foreach (var rate in settings.Rates)
        {
            steps.Add(await MeasureAsync(bot, () => generator.FixedRateAsync(rate, settings.StepDuration, CancellationToken.None)));
        }

        steps.Add(await MeasureAsync(bot, () => generator.SaturateAsync(settings.SaturationWorkers, settings.StepDuration, CancellationToken.None)));
        var kinds = kindOf is null ? [] : steps[0].Load.ByKind(kindOf);
        foreach (var kind in kinds)
        {
            Console.WriteLine($"      at {settings.Rates[0]:0} rps {kind.Kind,-22} n={kind.Count,5}  p50 {kind.P50Ms,7:0.0} ms  p99 {kind.P99Ms,8:0.0} ms");
        }

        return new TurnRun(subject, started.Listening, started.Startup, idle.Rss, steps) { Kinds = kinds, FirstSeconds = firstSeconds };
    }

    private static async Task<TurnStep> MeasureAsync(BotUnderTest bot, Func<Task<LoadResult>> load)
    {
        var cpuBefore = bot.CpuSeconds();
        var start = Stopwatch.GetTimestamp();
        var result = await load();
        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var cpu = (bot.CpuSeconds() - cpuBefore) / elapsed * 100;
        var memory = bot.MemoryMiB();
        var step = new TurnStep(result, cpu, memory.Rss, memory.Peak);
        Console.WriteLine($"    {result.Step,-26} {result.Throughput,7:0.0} ok/s  p50 {result.P50Ms,7:0.0} ms  p99 {result.P99Ms,8:0.0} ms  failed {result.Failed,5}  CPU {cpu,4:0}%  RSS {memory.Rss:0} MiB");
        return step;
    }
}

public sealed record TurnStep(LoadResult Load, double CpuPercent, double RssMiB, double PeakMiB);

public sealed record TurnRun(string Subject, TimeSpan Listening, TimeSpan Startup, double IdleRssMiB, IReadOnlyList<TurnStep> Steps)
{
    /// <summary>Latency per kind of turn at the first (lowest) offered rate.</summary>
    public IReadOnlyList<KindLatency> Kinds { get; init; } = [];

    /// <summary>The first load after start (50 rps), before the steps.</summary>
    public TurnStep? FirstSeconds { get; init; }
}
