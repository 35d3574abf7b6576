using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.Bot.Hosting.Telemetry;

/// <summary>
/// The bot's own spans and metrics, one call per event so that the code it watches stays readable.
/// Attributes carry kinds, verbs, command names, job names, containers and outcomes only: never a
/// name, a user or conversation id, a text or a secret (docs/operations.md, "What telemetry holds").
/// </summary>
internal static class BotTelemetry
{
    /// <summary>The name of both the ActivitySource and the Meter, registered by <see cref="TelemetryRegistration"/>.</summary>
    public const string Name = "OpsRhythm.Bot";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Turns = Meter.CreateCounter<long>("opsrhythm.turns", "{turn}", "Turns by kind and outcome.");

    private static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>(
        "opsrhythm.turn.duration", "s", "Time to answer a turn, by kind (invoke latency: kind=invoke).",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    private static readonly Counter<long> Sends = Meter.CreateCounter<long>("opsrhythm.outbox.sends", "{message}", "Messages the connector accepted.");

    private static readonly Counter<long> Throttles = Meter.CreateCounter<long>("opsrhythm.outbox.throttled", "{response}", "429 answers from the connector.");

    private static readonly Counter<long> DeadLetters = Meter.CreateCounter<long>("opsrhythm.outbox.dead_letters", "{message}", "Messages given up on, by reason.");

    private static readonly Counter<long> JobRuns = Meter.CreateCounter<long>("opsrhythm.job.runs", "{run}", "Scheduled job runs by job and outcome.");

    private static readonly Counter<long> EarlyWarnings = Meter.CreateCounter<long>("opsrhythm.early_warnings", "{alert}", "Early-warning alerts raised.");

    private static long _outboxDepth;
    private static double _outboxOldestAgeSeconds;

    static BotTelemetry()
    {
        // The last sweep's figures: the dispatcher sees them anyway, so the gauges cost no query.
        Meter.CreateObservableGauge("opsrhythm.outbox.depth", () => Interlocked.Read(ref _outboxDepth), "{message}", "Pending outbox messages at the last sweep.");
        Meter.CreateObservableGauge("opsrhythm.outbox.oldest_age", () => Volatile.Read(ref _outboxOldestAgeSeconds), "s", "Age of the oldest pending message at the last sweep.");
    }

    /// <summary>A turn's span; null when nobody listens. Ended by <see cref="TurnEnded"/>.</summary>
    public static Activity? StartTurn(TurnTrace trace)
    {
        var span = Source.StartActivity("turn " + trace.Kind);
        span?.SetTag("opsrhythm.turn.kind", trace.Kind);
        return span;
    }

    public static void TurnEnded(Activity? span, TurnTrace trace, TimeSpan elapsed)
    {
        var kind = new KeyValuePair<string, object?>("opsrhythm.turn.kind", trace.Kind);
        var outcome = new KeyValuePair<string, object?>("opsrhythm.turn.outcome", trace.Outcome);
        Turns.Add(1, kind, outcome);
        TurnDuration.Record(elapsed.TotalSeconds, kind, outcome);
        if (span is null)
        {
            return;
        }

        span.SetTag("opsrhythm.turn.outcome", trace.Outcome);
        if (trace.Verb is { } verb)
        {
            span.SetTag("opsrhythm.turn.verb", verb);
        }

        if (trace.Outcome is TurnTrace.Failed)
        {
            span.SetStatus(ActivityStatusCode.Error);
        }
    }

    /// <summary>Called once per outbox sweep with what it found pending.</summary>
    public static void OutboxSwept(int depth, DateTimeOffset? oldestCreatedAt, DateTimeOffset now)
    {
        Interlocked.Exchange(ref _outboxDepth, depth);
        Volatile.Write(ref _outboxOldestAgeSeconds, oldestCreatedAt is { } oldest ? Math.Max(0, (now - oldest).TotalSeconds) : 0);
    }

    public static void Sent(string operation) => Sends.Add(1, new KeyValuePair<string, object?>("opsrhythm.outbox.operation", operation));

    /// <summary>Counts the failure if it was the connector's 429; other transient failures are retried quietly.</summary>
    public static void Throttled(Exception failure)
    {
        if (failure is ConnectorException { StatusCode: HttpStatusCode.TooManyRequests })
        {
            Throttles.Add(1);
        }
    }

    /// <summary><paramref name="reason"/> is a fixed word (uncertain, attempts, refused), never the error text.</summary>
    public static void DeadLettered(string reason) => DeadLetters.Add(1, new KeyValuePair<string, object?>("opsrhythm.outbox.reason", reason));

    public static Activity? StartJob(string job)
    {
        var span = Source.StartActivity("job " + job);
        span?.SetTag("opsrhythm.job.name", job);
        return span;
    }

    public static void JobEnded(Activity? span, string job, bool failed)
    {
        var outcome = failed ? "failed" : "succeeded";
        JobRuns.Add(1, new KeyValuePair<string, object?>("opsrhythm.job.name", job), new KeyValuePair<string, object?>("opsrhythm.job.outcome", outcome));
        span?.SetTag("opsrhythm.job.outcome", outcome);
        if (failed)
        {
            span?.SetStatus(ActivityStatusCode.Error);
        }
    }

    public static void EarlyWarningsRaised(int count)
    {
        if (count > 0)
        {
            EarlyWarnings.Add(count);
        }
    }
}
