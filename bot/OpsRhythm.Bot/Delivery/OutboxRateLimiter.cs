using Microsoft.Extensions.Options;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// Keeps sends under Teams' limits: sliding windows per conversation (1 s, 2 s, 30 s, 1 h), this
/// instance's share of the app-wide rate paced evenly (<see cref="GlobalPace"/>), plus a pause after a 429
/// that named a Retry-After. A conversation is served by one sender at a time (Teams asks for no parallel
/// sends to one conversation). Every call to the connector takes a slot, retries after a 429 included.
/// </summary>
internal sealed class OutboxRateLimiter(IOptions<DeliveryOptions> options, TimeProvider timeProvider)
{
    /// <summary>How often a sender held by <see cref="AllowSendsUntil"/> looks again.</summary>
    private static readonly TimeSpan HeldRecheck = TimeSpan.FromMilliseconds(100);

    /// <summary>How often the states of conversations no longer sent to are dropped (see <see cref="ConversationSendState.IsForgettable"/>).</summary>
    private static readonly TimeSpan ForgetEvery = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, ConversationSendState> _conversations = new(StringComparer.Ordinal);
    private readonly GlobalPace _global = new(options.Value.GlobalPerSecond * options.Value.GlobalPaceFraction);
    private DateTimeOffset _sendUntil = DateTimeOffset.MaxValue;
    private DateTimeOffset _lastForgotten = DateTimeOffset.MinValue;

    /// <summary>Conversations whose send state this instance keeps now (bounded by the recent sends, not by the backlog).</summary>
    internal int TrackedConversations
    {
        get
        {
            lock (_gate)
            {
                return _conversations.Count;
            }
        }
    }

    /// <summary>
    /// Waits until the conversation is free and a send to it would fit every window, then holds the
    /// conversation until disposed. The slot itself is taken with <see cref="TakeSlotAsync"/> right
    /// before the request: counted any earlier, the time between (a store write) would let sends reach
    /// Teams closer together than the windows allow.
    /// </summary>
    public async Task<IDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken)
    {
        var state = StateOf(conversationId, use: true);
        try
        {
            await state.Sender.WaitAsync(cancellationToken);
        }
        catch
        {
            EndUse(state);
            throw;
        }

        try
        {
            await WaitForSlotAsync(state, take: false, cancellationToken);
            return new Release(this, state);
        }
        catch
        {
            state.Sender.Release();
            EndUse(state);
            throw;
        }
    }

    /// <summary>
    /// Takes a send slot of the conversation entered with <see cref="EnterAsync"/> and a global one,
    /// waiting if other conversations used the global slots meanwhile. Call it immediately before the request.
    /// </summary>
    public Task TakeSlotAsync(string conversationId, CancellationToken cancellationToken) =>
        WaitForSlotAsync(StateOf(conversationId), take: true, cancellationToken);

    /// <summary>Takes a global slot only (calls not addressed to one conversation, e.g. creating a chat).</summary>
    public Task WaitForGlobalSlotAsync(CancellationToken cancellationToken) => WaitForSlotAsync(null, take: true, cancellationToken);

    /// <summary>
    /// Paces this instance at 1/<paramref name="liveInstances"/> of <see cref="DeliveryOptions.GlobalPaceFraction"/>
    /// × <see cref="DeliveryOptions.GlobalPerSecond"/>, so the instances together stay under the app-wide budget.
    /// The new pace holds from the next send on, without a catch-up burst.
    /// </summary>
    public void ShareAmong(int liveInstances)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(liveInstances, 1);
        var o = options.Value;
        lock (_gate)
        {
            _global.SetRate(o.GlobalPerSecond * o.GlobalPaceFraction / liveInstances);
        }
    }

    /// <summary>
    /// No send starts after <paramref name="until"/> until a later call moves it: an instance whose heartbeat
    /// could not be renewed may already be counted dead by the others, who then take its share.
    /// </summary>
    public void AllowSendsUntil(DateTimeOffset until)
    {
        lock (_gate)
        {
            _sendUntil = until;
        }
    }

    /// <summary>The app-wide sends per second this instance may use now.</summary>
    public double GlobalShare
    {
        get
        {
            lock (_gate)
            {
                return _global.PerSecond;
            }
        }
    }

    /// <summary>Teams asked to wait (429 with Retry-After): no sends to this conversation before then.</summary>
    public void Pause(string conversationId, DateTimeOffset until)
    {
        var state = StateOf(conversationId);
        lock (_gate)
        {
            if (until > state.PausedUntil)
            {
                state.PausedUntil = until;
            }
        }
    }

    /// <summary>Waits until a send fits; records it in the windows when <paramref name="take"/>.</summary>
    private async Task WaitForSlotAsync(ConversationSendState? state, bool take, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = timeProvider.GetUtcNow();
                wait = now >= _sendUntil ? HeldRecheck : NextAllowed(state, now) - now;
                if (wait <= TimeSpan.Zero)
                {
                    if (take)
                    {
                        _global.Record(now);
                        foreach (var window in state?.Windows ?? [])
                        {
                            window.Record(now);
                        }
                    }

                    return;
                }
            }

            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    private DateTimeOffset NextAllowed(ConversationSendState? state, DateTimeOffset now)
    {
        var next = _global.NextAllowed(now);
        return state is null ? next : state.Windows.Select(w => w.NextAllowed(now)).Append(state.PausedUntil).Append(next).Max();
    }

    private ConversationSendState StateOf(string conversationId, bool use = false)
    {
        lock (_gate)
        {
            if (!_conversations.TryGetValue(conversationId, out var state))
            {
                ForgetIdleConversations();
                var o = options.Value;

                // The 2 s (Teams: 8) and hourly (Teams: 1,800) windows are fixed just below Teams' limits.
                state = new ConversationSendState(
                [
                    new SlidingWindow(o.PerConversationPerSecond, TimeSpan.FromSeconds(1)),
                    new SlidingWindow(7, TimeSpan.FromSeconds(2)),
                    new SlidingWindow(o.PerConversationPer30Seconds, TimeSpan.FromSeconds(30)),
                    new SlidingWindow(1500, TimeSpan.FromHours(1)),
                ]);
                _conversations[conversationId] = state;
            }

            if (use)
            {
                state.Users++;
            }

            return state;
        }
    }

    private void EndUse(ConversationSendState state)
    {
        lock (_gate)
        {
            state.Users--;
        }
    }

    /// <summary>
    /// Drops, at most every <see cref="ForgetEvery"/>, the states of conversations nobody is sending to and whose
    /// windows a fresh state may forget: without it a backlog to 100,000 people kept 100,000 states (about
    /// 1.4 KiB each, measured in the backlog bench). Called under the lock.
    /// </summary>
    private void ForgetIdleConversations()
    {
        var now = timeProvider.GetUtcNow();
        if (now - _lastForgotten < ForgetEvery)
        {
            return;
        }

        _lastForgotten = now;
        foreach (var (conversationId, state) in _conversations)
        {
            if (state.IsForgettable(now))
            {
                _conversations.Remove(conversationId);
            }
        }
    }

    private sealed class Release(OutboxRateLimiter limiter, ConversationSendState state) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                state.Sender.Release();
                limiter.EndUse(state);
            }
        }
    }
}
