namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// This instance's share of the app-wide rate, spread evenly: one send per <see cref="Interval"/> (a
/// token bucket of burst 1), not a 1 s sliding window that lets the whole share go out at once. Teams and
/// the bench's connector count arrivals in any 1 s window; bursts of several instances, shifted by the
/// network, bunch there. Evenly spaced sends of n instances put at most n·(floor((1 s + tolerance) /
/// interval) + 1) sends in any 1 s window, whatever their phases. Not thread-safe (the limiter locks).
/// </summary>
internal sealed class GlobalPace
{
    /// <summary>
    /// A send may go this fraction of an interval early, so that a waiter woken a few milliseconds late
    /// does not lose its slot (which would lower the sustained rate); small enough not to make a burst.
    /// </summary>
    private const double Tolerance = 0.25;

    /// <summary>When the next send is due at the pace: the last send (or the due time it used) plus one interval.</summary>
    private DateTimeOffset _due = DateTimeOffset.MinValue;

    public GlobalPace(double perSecond) => Interval = IntervalOf(perSecond);

    /// <summary>Time between two sends of this instance.</summary>
    public TimeSpan Interval { get; private set; }

    /// <summary>Sends per second at this pace.</summary>
    public double PerSecond => TimeSpan.TicksPerSecond / (double)Interval.Ticks;

    /// <summary>
    /// Changes the pace from the next send on, measured from the last one: a lower rate holds at once, a
    /// higher one gives no catch-up burst.
    /// </summary>
    public void SetRate(double perSecond)
    {
        var interval = IntervalOf(perSecond);
        if (_due != DateTimeOffset.MinValue)
        {
            _due = _due - Interval + interval;
        }

        Interval = interval;
    }

    /// <summary>The earliest time another send fits, which is <paramref name="now"/> when it fits already.</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset now)
    {
        if (_due == DateTimeOffset.MinValue)
        {
            return now;
        }

        var earliest = _due - (Interval * Tolerance);
        return earliest <= now ? now : earliest;
    }

    /// <summary>Counts a send at <paramref name="at"/> (which <see cref="NextAllowed"/> allowed).</summary>
    public void Record(DateTimeOffset at) => _due = (at > _due ? at : _due) + Interval;

    private static TimeSpan IntervalOf(double perSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(perSecond, 0);
        return TimeSpan.FromTicks((long)Math.Ceiling(TimeSpan.TicksPerSecond / perSecond));
    }
}
