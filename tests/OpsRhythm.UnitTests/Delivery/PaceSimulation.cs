using OpsRhythm.Bot.Delivery;

namespace OpsRhythm.UnitTests.Delivery;

/// <summary>
/// Several instances, each with a <see cref="GlobalPace"/> and more work than it may send, on a virtual clock
/// (deterministic: a seeded random for the delays). Each instance asks when it may send, sleeps until then and
/// wakes 0-3 ms late, as a timer on a busy machine does; each request reaches the connector 0-5 ms after its
/// slot. Scheduled actions (an instance stopping or starting, the shares changing) run at their times.
/// </summary>
internal sealed class PaceSimulation
{
    private static readonly TimeSpan MaxLateWake = TimeSpan.FromMilliseconds(3);
    private static readonly TimeSpan MaxNetworkDelay = TimeSpan.FromMilliseconds(5);

    private readonly Random _random;
    private readonly double _appWidePerSecond;
    private readonly GlobalPace[] _paces;
    private readonly DateTimeOffset?[] _wakesAt;
    private readonly List<(DateTimeOffset At, Action<PaceSimulation> Action)> _actions = [];
    private DateTimeOffset _now;

    public PaceSimulation(int seed, int instances, double appWidePerSecond)
    {
        _random = new Random(seed);
        _appWidePerSecond = appWidePerSecond;
        _paces = [.. Enumerable.Range(0, instances).Select(_ => new GlobalPace(appWidePerSecond / instances))];
        _wakesAt = new DateTimeOffset?[instances];
    }

    public void At(DateTimeOffset at, Action<PaceSimulation> action) => _actions.Add((at, action));

    /// <summary>The instance sends nothing more (SIGKILL).</summary>
    public void Stop(int instance) => _wakesAt[instance] = null;

    /// <summary>The instance starts sending now.</summary>
    public void Begin(int instance) => _wakesAt[instance] = _now + Late();

    /// <summary>Every running instance takes 1/<paramref name="live"/> of the rate, as at its heartbeat refresh.</summary>
    public void ShareAmong(int live)
    {
        foreach (var pace in _paces)
        {
            pace.SetRate(_appWidePerSecond / live);
        }
    }

    /// <summary>Runs from <paramref name="start"/> to <paramref name="end"/>; returns when each request reached the connector.</summary>
    public IReadOnlyList<DateTimeOffset> Run(DateTimeOffset start, DateTimeOffset end)
    {
        _now = start;
        for (var i = 0; i < _wakesAt.Length; i++)
        {
            // Unrelated phases: the instances started at different times.
            _wakesAt[i] = start + TimeSpan.FromMilliseconds(_random.NextDouble() * 100);
        }

        var pending = new Queue<(DateTimeOffset At, Action<PaceSimulation> Action)>(_actions.OrderBy(a => a.At));
        var arrivals = new List<DateTimeOffset>();
        while (true)
        {
            var instance = Earliest();
            var next = instance is { } i ? _wakesAt[i]!.Value : DateTimeOffset.MaxValue;
            if (pending.Count > 0 && pending.Peek().At <= next)
            {
                var action = pending.Dequeue();
                _now = action.At;
                action.Action(this);
                continue;
            }

            if (instance is not { } sender || next >= end)
            {
                return arrivals;
            }

            _now = next;
            var allowed = _paces[sender].NextAllowed(_now);
            if (allowed <= _now)
            {
                _paces[sender].Record(_now);
                arrivals.Add(_now + TimeSpan.FromTicks((long)(_random.NextDouble() * MaxNetworkDelay.Ticks)));
                // Plenty of work: the next sender of this instance is already waiting.
                _wakesAt[sender] = _now;
            }
            else
            {
                _wakesAt[sender] = allowed + Late();
            }
        }
    }

    private TimeSpan Late() => TimeSpan.FromTicks((long)(_random.NextDouble() * MaxLateWake.Ticks));

    private int? Earliest()
    {
        int? earliest = null;
        for (var i = 0; i < _wakesAt.Length; i++)
        {
            if (_wakesAt[i] is { } at && (earliest is null || at < _wakesAt[earliest.Value]!.Value))
            {
                earliest = i;
            }
        }

        return earliest;
    }
}
