using System.Net;

namespace OpsRhythm.Protocol.Connector;

/// <summary>
/// The Bot Connector retry rules: 429, 412, 502, 503 and 504 and connection failures are retried with
/// exponential backoff and jitter, waiting what Retry-After asks when present. Everything else, notably
/// 403 MessageWritesBlocked and 500 (the message may have been posted), is answered at once.
/// <see cref="ConnectorRetryHandler"/> applies them to each call.
/// </summary>
internal static class ConnectorRetry
{
    private static readonly HashSet<HttpStatusCode> Transient =
    [
        HttpStatusCode.TooManyRequests,
        HttpStatusCode.PreconditionFailed,
        HttpStatusCode.BadGateway,
        HttpStatusCode.ServiceUnavailable,
        HttpStatusCode.GatewayTimeout,
    ];

    /// <summary>A connection that failed (refused, reset, name not resolved) is tried again; a timeout or a cancellation is not.</summary>
    public static bool ShouldRetry(Exception exception) => exception is HttpRequestException;

    /// <summary>
    /// A transient answer is tried again unless it asks for a longer wait than <paramref name="maxRetryAfter"/>:
    /// that one goes back to the caller at once (the outbox reschedules it rather than holding a thread).
    /// </summary>
    public static bool ShouldRetry(HttpResponseMessage response, TimeSpan maxRetryAfter, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Transient.Contains(response.StatusCode)
            && (RetryAfter(response, timeProvider) is not { } wait || wait <= maxRetryAfter);
    }

    /// <summary>The wait the server asked for, from Retry-After as seconds or as a date.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - timeProvider.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };
    }

    /// <summary>
    /// The wait before retry number <paramref name="retry"/> (0 for the first): base × 2^retry, capped at
    /// <paramref name="maxDelay"/>, then spread over ±25% (<paramref name="jitter"/> in [0, 1)) so that callers
    /// throttled together do not come back together.
    /// </summary>
    public static TimeSpan Backoff(int retry, TimeSpan baseDelay, TimeSpan maxDelay, double jitter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(retry);
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry, 30));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.75 + (0.5 * jitter)));
    }
}
