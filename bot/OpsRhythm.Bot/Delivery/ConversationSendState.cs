namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// One conversation's send windows (1 s, 2 s, 30 s, 1 h), its one sender at a time and its pause after a 429.
/// Mutated under <see cref="OutboxRateLimiter"/>'s lock.
/// </summary>
internal sealed class ConversationSendState(IReadOnlyList<SlidingWindow> windows)
{
    /// <summary>
    /// Teams allows 1,800 sends per conversation per hour and the hourly window stops at 1,500, so a state that
    /// counted at most the difference this hour may be forgotten: a fresh one cannot go over Teams' limit.
    /// </summary>
    public const int HourlyForgivable = 1800 - 1500;

    public IReadOnlyList<SlidingWindow> Windows { get; } = windows;

    public SemaphoreSlim Sender { get; } = new(1, 1);

    public DateTimeOffset PausedUntil { get; set; } = DateTimeOffset.MinValue;

    /// <summary>Callers between entering and releasing the conversation (or waiting to enter it).</summary>
    public int Users { get; set; }

    /// <summary>
    /// Nobody uses it, no pause is running, every window shorter than an hour is empty, and the hourly one
    /// holds no more than <see cref="HourlyForgivable"/> sends.
    /// </summary>
    public bool IsForgettable(DateTimeOffset now)
    {
        if (Users > 0 || PausedUntil > now)
        {
            return false;
        }

        foreach (var window in Windows)
        {
            var limit = window.Length >= TimeSpan.FromHours(1) ? HourlyForgivable : 0;
            if (window.CountAt(now) > limit)
            {
                return false;
            }
        }

        return true;
    }
}
