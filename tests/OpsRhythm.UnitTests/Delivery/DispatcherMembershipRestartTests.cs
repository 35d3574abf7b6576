using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.UnitTests.Delivery;

/// <summary>
/// A process SIGKILLed and restarted on the same host (App Service restarts a crashed process on its VM): under
/// the host's membership id it is alone at once, owns every shard and paces at the whole app-wide rate; with an
/// id per process it must wait for its previous heartbeat to lapse.
/// </summary>
public sealed class DispatcherMembershipRestartTests
{
    private const double AppWide = 50 * 0.94;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly HeartbeatStore _heartbeats = new();

    [Fact]
    public async Task RestartedUnderTheHostsId_IsAloneAndServesEverythingAtOnce()
    {
        var (killed, _) = Process("host-1");
        await killed.RefreshAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(2));

        var (restarted, limiter) = Process("host-1");
        await restarted.RefreshAsync(CancellationToken.None);

        Assert.Single(_heartbeats.Heartbeats);
        Assert.Equal(1, restarted.LiveInstances);
        Assert.True(restarted.Ready);
        Assert.Equal(OutboxShards.OwnedBy(0, 1), restarted.OwnedShards);
        Assert.Equal(AppWide, limiter.GlobalShare, 3);
    }

    [Fact]
    public async Task RestartedUnderANewProcessId_WaitsForThePreviousHeartbeatToLapse()
    {
        var (killed, _) = Process(null);
        await killed.RefreshAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(2));

        var (restarted, limiter) = Process(null);
        await restarted.RefreshAsync(CancellationToken.None);

        Assert.Equal(2, restarted.LiveInstances);
        Assert.Equal(AppWide / 2, limiter.GlobalShare, 3);
    }

    private (DispatcherMembership Membership, OutboxRateLimiter Limiter) Process(string? membershipId)
    {
        var options = Options.Create(new DeliveryOptions { GlobalPerSecond = 50, HeartbeatInterval = Interval, MembershipId = membershipId });
        var limiter = new OutboxRateLimiter(options, _time);
        var delivery = new OutboxDelivery(_heartbeats.Store.Object, Mock.Of<IConnectorClient>(), Mock.Of<IOutboxAddressBook>(), Mock.Of<IActivityFeed>(), limiter, options, _time, NullLogger<OutboxDelivery>.Instance);
        return (new DispatcherMembership(_heartbeats.Store.Object, delivery, limiter, options, _time, NullLogger<DispatcherMembership>.Instance), limiter);
    }
}
