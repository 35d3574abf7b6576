namespace OpsRhythm.Bot.Delivery;

/// <summary>At most <see cref="Limit"/> events in any <see cref="Length"/>; not thread-safe (the limiter locks).</summary>
internal sealed class SlidingWindow(int limit, TimeSpan length)
{
    private readonly Queue<DateTimeOffset> _events = new();

    public int Limit { get; } = limit;

    public TimeSpan Length { get; } = length;

    /// <summary>The earliest time another event fits, which is <paramref name="now"/> when it fits already.</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset now)
    {
        if (CountAt(now) < Limit)
        {
            return now;
        }

        // The event that must leave the window before one more fits.
        return _events.ElementAt(_events.Count - Limit) + Length;
    }

    /// <summary>Events still inside the window at <paramref name="now"/> (older ones are dropped).</summary>
    public int CountAt(DateTimeOffset now)
    {
        while (_events.Count > 0 && _events.Peek() + Length <= now)
        {
            _events.Dequeue();
        }

        return _events.Count;
    }

    public void Record(DateTimeOffset at) => _events.Enqueue(at);
}
