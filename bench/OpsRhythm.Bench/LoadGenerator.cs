using System.Diagnostics;

namespace OpsRhythm.Bench;

/// <summary>
/// Open-loop load at a fixed rate: request i is due at start + i / rate whether or not earlier ones have
/// answered, and its latency counts from when it was due, so a stalled server cannot hide its queue
/// (no coordinated omission). Saturation is measured closed-loop with a fixed number of workers.
/// </summary>
public sealed class LoadGenerator(HttpClient client, Func<long, HttpRequestMessage> request)
{
    private const int MaxInFlight = 2000;

    public async Task<LoadResult> FixedRateAsync(double rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        var total = (long)(rate * duration.TotalSeconds);
        var results = new Sample[total];
        var pending = new List<Task>((int)Math.Min(total, 100_000));
        using var inFlight = new SemaphoreSlim(MaxInFlight);
        var start = Stopwatch.GetTimestamp();
        for (long i = 0; i < total; i++)
        {
            var due = start + (long)(i / rate * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(2))
            {
                await Task.Delay(wait - TimeSpan.FromMilliseconds(1), cancellationToken);
            }

            while (Stopwatch.GetTimestamp() < due)
            {
                Thread.SpinWait(20);
            }

            if (!inFlight.Wait(0, cancellationToken))
            {
                // The server is so far behind that the generator would run out of sockets: counted as a failure.
                results[i] = new Sample(0, -1);
                continue;
            }

            var index = i;
            pending.Add(Task.Run(async () =>
            {
                try
                {
                    results[index] = await SendAsync(index, due, cancellationToken);
                }
                finally
                {
                    inFlight.Release();
                }
            }, cancellationToken));
        }

        await Task.WhenAll(pending);
        var elapsed = Stopwatch.GetElapsedTime(start);
        return LoadResult.From($"{rate:0} rps", rate, results, elapsed);
    }

    public async Task<LoadResult> SaturateAsync(int workers, TimeSpan duration, CancellationToken cancellationToken)
    {
        var samples = new List<Sample>[workers];
        long next = 0;
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var mine = samples[w] = [];
            while (Stopwatch.GetTimestamp() < end)
            {
                mine.Add(await SendAsync(Interlocked.Increment(ref next), Stopwatch.GetTimestamp(), cancellationToken));
            }
        }, cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(start);
        return LoadResult.From($"saturation ({workers} concurrent)", null, samples.SelectMany(s => s).ToArray(), elapsed);
    }

    private async Task<Sample> SendAsync(long index, long due, CancellationToken cancellationToken)
    {
        try
        {
            using var message = request(index);
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
            return new Sample(Stopwatch.GetTimestamp() - due, (int)response.StatusCode);
        }
        catch (HttpRequestException)
        {
            return new Sample(Stopwatch.GetTimestamp() - due, -1);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Sample(Stopwatch.GetTimestamp() - due, -1);
        }
    }
}

/// <summary>One request: latency in stopwatch ticks and the HTTP status (-1: no answer).</summary>
public readonly record struct Sample(long Ticks, int Status);

public sealed record LoadResult(string Step, double? OfferedRate, long Requests, long Ok, long Failed, double Throughput, double P50Ms, double P99Ms, double MaxMs)
{
    /// <summary>Every request of a fixed-rate step, indexed by its sequence number.</summary>
    public IReadOnlyList<Sample> Samples { get; init; } = [];

    /// <summary>p50 and p99 of the answered requests whose sequence numbers <paramref name="kindOf"/> puts in each kind.</summary>
    public IReadOnlyList<KindLatency> ByKind(Func<long, string> kindOf)
    {
        ArgumentNullException.ThrowIfNull(kindOf);
        return [.. Samples
            .Select((sample, index) => (Kind: kindOf(index), Sample: sample))
            .Where(s => s.Sample.Status is >= 200 and < 300)
            .GroupBy(s => s.Kind)
            .Select(g =>
            {
                var sorted = g.Select(s => s.Sample.Ticks * 1000.0 / Stopwatch.Frequency).Order().ToArray();
                return new KindLatency(g.Key, sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.99));
            })
            .OrderBy(k => k.Kind, StringComparer.Ordinal)];
    }

    public static LoadResult From(string step, double? offered, Sample[] samples, TimeSpan elapsed)
    {
        var ok = samples.Where(s => s.Status is >= 200 and < 300).Select(s => s.Ticks * 1000.0 / Stopwatch.Frequency).Order().ToArray();
        return new LoadResult(
            step,
            offered,
            samples.Length,
            ok.Length,
            samples.Length - ok.Length,
            ok.Length / elapsed.TotalSeconds,
            Percentile(ok, 0.50),
            Percentile(ok, 0.99),
            ok.Length == 0 ? double.NaN : ok[^1])
        {
            Samples = offered is null ? [] : samples,
        };
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

public sealed record KindLatency(string Kind, int Count, double P50Ms, double P99Ms);
