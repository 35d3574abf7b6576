using Microsoft.Extensions.Options;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// Which dispatcher instances are alive (heartbeat documents in the store) and so which
/// <see cref="OutboxShards"/> this one owns and what share of the app-wide rate it may use. An instance
/// that joins announces itself and sends nothing until every other live instance has refreshed after it
/// joined (so has counted it and lowered its share) and what they sent at their larger share has left the
/// 1 s window; an instance that dies stops refreshing and the others
/// take its shards (and its share) once its heartbeat is older than the timeout. An instance whose heartbeat
/// cannot be renewed stops sending before the others could count it dead. docs/delivery.md, "Several instances".
/// </summary>
internal sealed class DispatcherMembership(
    IDocumentStore store,
    OutboxDelivery delivery,
    OutboxRateLimiter limiter,
    IOptions<DeliveryOptions> options,
    TimeProvider timeProvider,
    ILogger<DispatcherMembership> logger)
{
    private static readonly DocumentQuery HeartbeatQuery = DocumentQuery.Of<DispatcherHeartbeat>();
    /// <summary>The app-wide window of <see cref="OutboxRateLimiter"/>.</summary>
    private static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(1);

    /// <summary>This instance's heartbeat id: the configured membership id (the host's), else the process's.</summary>
    private readonly string _memberId = options.Value.MembershipId is { Length: > 0 } name ? name : delivery.InstanceId;
    private DateTimeOffset? _joinedAt;
    private bool _aloneAtStart;
    private DateTimeOffset? _countedSince;
    private volatile View _view = new(false, [], 1, 0);

    /// <summary>True once this instance may send (it has been announced for a heartbeat interval).</summary>
    public bool Ready => _view.Ready;

    /// <summary>The shards this instance serves now.</summary>
    public IReadOnlyList<int> OwnedShards => _view.Shards;

    /// <summary>How many instances are alive, this one included.</summary>
    public int LiveInstances => _view.Live;

    /// <summary>This instance's place among the live ones (sorted by id); 0 runs the reconciliation pass.</summary>
    public int Position => _view.Position;

    /// <summary>Writes this instance's heartbeat and re-reads the others'; true when the shards it owns changed.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = timeProvider.GetUtcNow();
        var heartbeat = new DispatcherHeartbeat(_memberId, now) { Ttl = (int)Math.Ceiling(o.HeartbeatTimeout.TotalSeconds * 4) };
        await store.UpsertAsync(StorageContainers.Jobs, new DocumentKey(DispatcherHeartbeat.PartitionKey, _memberId), heartbeat, cancellationToken);
        // The others count us alive until now + timeout (by this heartbeat's time); stop sending early enough that
        // what we sent has left the 1 s window when they take our share, should the next heartbeat not land.
        limiter.AllowSendsUntil(now + o.HeartbeatTimeout - Min(RateWindow, o.HeartbeatTimeout / 2));
        var first = _joinedAt is null;
        // When our heartbeat is in the store: an instance whose own heartbeat is later read it after this.
        _joinedAt ??= timeProvider.GetUtcNow();

        var live = new List<string> { _memberId };
        var othersCountedUs = true;
        await foreach (var other in store.QueryAsync<DispatcherHeartbeat>(StorageContainers.Jobs, DispatcherHeartbeat.PartitionKey, HeartbeatQuery, cancellationToken))
        {
            // Ours (or our previous process's on this host, after a restart) is counted above, never as another.
            if (other.Value.InstanceId != _memberId && other.Value.LastSeen > now - o.HeartbeatTimeout)
            {
                live.Add(other.Value.InstanceId);
                // An instance that wrote its heartbeat after we joined read the heartbeats after ours was written.
                othersCountedUs &= other.Value.LastSeen > _joinedAt.Value;
            }
        }

        live.Sort(StringComparer.Ordinal);
        var position = live.IndexOf(_memberId);
        // Alone at the first look, nobody has to make room: send at once. Else wait until every other instance
        // has refreshed after we joined (so counted us and lowered its share, however late its refresh ran)
        // and until what it sent at its larger share has left the 1 s window, so that the shares never add up
        // to more than the budget in any second. A timed wait alone let two instances started together overlap.
        _aloneAtStart |= first && live.Count == 1;
        if (_countedSince is null && othersCountedUs)
        {
            // Seen now, after their refresh: their lower share holds from (about) here.
            _countedSince = timeProvider.GetUtcNow();
        }

        var ready = _aloneAtStart || (_countedSince is { } counted && timeProvider.GetUtcNow() - counted >= RateWindow);
        var view = new View(ready, ready ? OutboxShards.OwnedBy(position, live.Count) : [], live.Count, position);
        var previous = _view;
        _view = view;
        limiter.ShareAmong(live.Count);
        var changed = !previous.Shards.SequenceEqual(view.Shards) || previous.Live != view.Live;
        if (changed)
        {
            var shards = string.Join(',', view.Shards);
            logger.MembershipChanged(_memberId, view.Live, position, shards);
        }

        return changed;
    }

    /// <summary>Removes this instance's heartbeat on a clean stop, so the others take its shards at once.</summary>
    public async Task LeaveAsync(CancellationToken cancellationToken)
    {
        _view = new View(false, [], _view.Live, _view.Position);
        try
        {
            await store.DeleteAsync(StorageContainers.Jobs, new DocumentKey(DispatcherHeartbeat.PartitionKey, _memberId), null, cancellationToken);
        }
        catch (DocumentNotFoundException)
        {
            // Never announced, or already expired.
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private sealed record View(bool Ready, IReadOnlyList<int> Shards, int Live, int Position);
}
