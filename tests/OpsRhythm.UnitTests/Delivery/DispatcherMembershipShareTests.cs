using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Protocol.Connector;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.UnitTests.Delivery;

/// <summary>
/// The app-wide share as instances die and join (heartbeats every 2 s, dead after 6 s, as in the bench): a
/// survivor takes a dead peer's share only once that peer's heartbeat has expired, a join lowers it at the
/// next heartbeat, and an instance whose heartbeat cannot be written stops sending before the others could
/// count it dead.
/// </summary>
public sealed class DispatcherMembershipShareTests
{
    private const double AppWide = 50 * 0.94;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan HeartbeatTimeout = TimeSpan.FromSeconds(6);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly HeartbeatStore _heartbeats = new();
    private readonly OutboxRateLimiter _limiter;
    private readonly DispatcherMembership _membership;

    public DispatcherMembershipShareTests()
    {
        var options = Options.Create(new DeliveryOptions { GlobalPerSecond = 50, HeartbeatInterval = Interval, HeartbeatTimeout = HeartbeatTimeout });
        _limiter = new OutboxRateLimiter(options, _time);
        var delivery = new OutboxDelivery(_heartbeats.Store.Object, Mock.Of<IConnectorClient>(), Mock.Of<IOutboxAddressBook>(), Mock.Of<IActivityFeed>(), _limiter, options, _time, NullLogger<OutboxDelivery>.Instance);
        _membership = new DispatcherMembership(_heartbeats.Store.Object, delivery, _limiter, options, _time, NullLogger<DispatcherMembership>.Instance);
    }

    [Fact]
    public async Task PeerKilled_ShareRisesOnlyOnceItsHeartbeatIsOlderThanTheTimeout()
    {
        Beat("b", "c");
        await _membership.RefreshAsync(CancellationToken.None);
        Assert.Equal(AppWide / 3, _limiter.GlobalShare, 3);
        var lastOfC = _time.GetUtcNow();

        // c is SIGKILLed: b keeps beating, c's heartbeat stays where it was.
        while (_time.GetUtcNow() + Interval - lastOfC < HeartbeatTimeout)
        {
            _time.Advance(Interval);
            Beat("b");
            await _membership.RefreshAsync(CancellationToken.None);
            Assert.Equal(3, _membership.LiveInstances);
            Assert.Equal(AppWide / 3, _limiter.GlobalShare, 3);
        }

        _time.Advance(Interval);
        Beat("b");
        await _membership.RefreshAsync(CancellationToken.None);
        Assert.Equal(AppWide / 2, _limiter.GlobalShare, 3);
    }

    [Fact]
    public async Task PeerJoins_ShareLowersAtTheNextHeartbeat()
    {
        Beat("b");
        await _membership.RefreshAsync(CancellationToken.None);
        Assert.Equal(AppWide / 2, _limiter.GlobalShare, 3);

        _time.Advance(Interval);
        Beat("b", "d");
        await _membership.RefreshAsync(CancellationToken.None);

        Assert.Equal(AppWide / 3, _limiter.GlobalShare, 3);
    }

    [Fact]
    public async Task HeartbeatCannotBeWritten_SendsStopASecondBeforeTheOthersCouldCountThisInstanceDead()
    {
        await _membership.RefreshAsync(CancellationToken.None);
        var written = _time.GetUtcNow();
        _heartbeats.Store.Setup(s => s.UpsertAsync(StorageContainers.Jobs, It.IsAny<DocumentKey>(), It.IsAny<DispatcherHeartbeat>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException("store unreachable"));
        _time.Advance(Interval);
        await Assert.ThrowsAsync<TimeoutException>(() => _membership.RefreshAsync(CancellationToken.None));

        _time.Advance(written + HeartbeatTimeout - TimeSpan.FromSeconds(1) - _time.GetUtcNow());

        Assert.False(_limiter.WaitForGlobalSlotAsync(CancellationToken.None).IsCompleted);
    }

    private void Beat(params string[] instances)
    {
        foreach (var instance in instances)
        {
            _heartbeats.Heartbeats[instance] = new DispatcherHeartbeat(instance, _time.GetUtcNow());
        }
    }
}
