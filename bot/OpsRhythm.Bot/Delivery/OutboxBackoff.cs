namespace OpsRhythm.Bot.Delivery;

/// <summary>Exponential backoff with jitter, never shorter than what the server asked for (Retry-After).</summary>
internal static class OutboxBackoff
{
    public static TimeSpan Delay(int attempt, TimeSpan? retryAfter, DeliveryOptions options, Random random)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var ceiling = Math.Min(options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, exponent), options.RetryMaxDelay.TotalMilliseconds);

        // "Equal jitter": half fixed so the delay still grows, half random so instances spread out.
        var delay = TimeSpan.FromMilliseconds((ceiling / 2) + (random.NextDouble() * ceiling / 2));
        return retryAfter is { } asked && asked > delay ? asked : delay;
    }
}
