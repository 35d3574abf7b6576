using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;

namespace OpsRhythm.UnitTests.Delivery;

/// <summary>The limiter's app-wide share: paced, divided among the live instances, held when the heartbeat lapses.</summary>
public sealed class OutboxRateLimiterTests
{
    /// <summary>Safety net for a wait that must end; the virtual clock decides when.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void ShareAmong_ThreeInstances_EachPacesAtAThirdOfTheFractionOfTheLimit()
    {
        var limiter = Limiter(globalPerSecond: 50, fraction: 0.94);

        limiter.ShareAmong(3);

        Assert.Equal(50 * 0.94 / 3, limiter.GlobalShare, 3);
    }

    [Fact]
    public void ShareAmong_MoreInstancesThanTheLimit_StillBelowTheLimitTogether()
    {
        var limiter = Limiter(globalPerSecond: 2, fraction: 0.94);

        limiter.ShareAmong(4);

        // The old integer share gave each instance at least 1/s: 4/s together against a limit of 2.
        Assert.True(limiter.GlobalShare * 4 <= 2, $"{limiter.GlobalShare}/s each");
    }

    [Fact]
    public async Task TakeSlotAsync_RightAfterASend_WaitsForThePaceNotForAOneSecondWindow()
    {
        var limiter = Limiter(globalPerSecond: 20, fraction: 1.0);
        await limiter.TakeSlotAsync("a", CancellationToken.None);

        var second = limiter.TakeSlotAsync("b", CancellationToken.None);

        Assert.False(second.IsCompleted);
        // 1/20 s apart, less the quarter interval a late waiter may use: 37.5 ms.
        _time.Advance(TimeSpan.FromMilliseconds(37.5));
        await second.WaitAsync(Hang, TimeProvider.System);
    }

    [Fact]
    public async Task TakeSlotAsync_AfterTheHeartbeatLapsed_WaitsUntilItIsRenewed()
    {
        var limiter = Limiter(globalPerSecond: 20, fraction: 1.0);
        limiter.AllowSendsUntil(_time.GetUtcNow().AddSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));

        var held = limiter.WaitForGlobalSlotAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(held.IsCompleted);

        limiter.AllowSendsUntil(_time.GetUtcNow().AddSeconds(5));
        // The waiter looks again every 100 ms of the virtual clock; it may re-arm its timer after an advance.
        for (var i = 0; i < 40 && !held.IsCompleted; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.WhenAny(held, Task.Delay(50));
        }

        await held.WaitAsync(Hang, TimeProvider.System);
    }

    private OutboxRateLimiter Limiter(int globalPerSecond, double fraction) =>
        new(Options.Create(new DeliveryOptions { GlobalPerSecond = globalPerSecond, GlobalPaceFraction = fraction }), _time);
}
