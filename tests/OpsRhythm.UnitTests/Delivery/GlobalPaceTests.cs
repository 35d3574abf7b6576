using OpsRhythm.Bot.Delivery;

namespace OpsRhythm.UnitTests.Delivery;

/// <summary>
/// The app-wide pace of several instances, simulated on a virtual clock: each instance has plenty of work,
/// asks <see cref="GlobalPace"/> when it may send, wakes up to 3 ms late, and its requests reach the connector
/// 0 to 5 ms after the slot. The connector counts arrivals in any 1 s window (as the bench's does).
/// </summary>
public sealed class GlobalPaceTests
{
    private const int Limit = 50;
    private const double Fraction = 0.94;
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ThreeInstancesSharingFifty_NoOneSecondWindowOfTheirArrivalsHoldsMoreThanFifty_AndTheySustainAbove90Percent()
    {
        var simulation = new PaceSimulation(seed: 17, instances: 3, Limit * Fraction);

        var arrivals = simulation.Run(Start, Start.AddMinutes(2));

        Assert.InRange(MostInAnySecond(arrivals), 1, Limit);
        var sustained = arrivals.Count / 120.0;
        Assert.True(sustained >= 0.9 * Limit, $"sustained {sustained:0.0}/s of {Limit}/s");
    }

    [Fact]
    public void OneInstanceKilledThenOneJoining_TheSharesNeverAddUpAboveTheLimitInAnySecond()
    {
        // The membership's rules: a dead instance's share is taken once its heartbeat is older than the timeout
        // (6 s after its last heartbeat, which is up to 2 s before its death); a joining one sends 1 s after the
        // others have counted it.
        var simulation = new PaceSimulation(seed: 3, instances: 3, Limit * Fraction);
        simulation.At(Start.AddSeconds(30), s => s.Stop(0));
        simulation.At(Start.AddSeconds(34), s => s.ShareAmong(2));
        simulation.At(Start.AddSeconds(60), s => s.ShareAmong(3));
        simulation.At(Start.AddSeconds(61), s => s.Begin(0));

        var arrivals = simulation.Run(Start, Start.AddSeconds(90));

        Assert.InRange(MostInAnySecond(arrivals), 1, Limit);
        var afterTheDeath = arrivals.Count(a => a >= Start.AddSeconds(35) && a < Start.AddSeconds(59)) / 24.0;
        Assert.True(afterTheDeath >= 0.9 * Limit, $"two survivors sustained {afterTheDeath:0.0}/s");
    }

    [Fact]
    public void SetRate_Higher_NoCatchUpBurstAfterTheLastSend()
    {
        var pace = new GlobalPace(10);
        pace.Record(Start);

        pace.SetRate(40);

        Assert.Equal(Start + Ms(18.75), pace.NextAllowed(Start));
    }

    [Fact]
    public void SetRate_Lower_HoldsFromTheNextSend()
    {
        var pace = new GlobalPace(40);
        pace.Record(Start);

        pace.SetRate(10);

        Assert.Equal(Start + Ms(75), pace.NextAllowed(Start + Ms(25)));
    }

    [Fact]
    public void NextAllowed_AfterAnIdlePeriod_OneSendAtOnceThenThePace()
    {
        var pace = new GlobalPace(20);
        pace.Record(Start);

        var later = Start.AddSeconds(10);
        Assert.Equal(later, pace.NextAllowed(later));
        pace.Record(later);
        Assert.Equal(later + Ms(37.5), pace.NextAllowed(later));
    }

    private static TimeSpan Ms(double milliseconds) => TimeSpan.FromTicks((long)(milliseconds * TimeSpan.TicksPerMillisecond));

    /// <summary>The most arrivals in any window (t - 1 s, t], as the connector counts.</summary>
    private static int MostInAnySecond(IReadOnlyList<DateTimeOffset> arrivals)
    {
        var sorted = arrivals.Order().ToArray();
        var most = 0;
        var first = 0;
        for (var last = 0; last < sorted.Length; last++)
        {
            while (sorted[first] <= sorted[last] - TimeSpan.FromSeconds(1))
            {
                first++;
            }

            most = Math.Max(most, last - first + 1);
        }

        return most;
    }
}
