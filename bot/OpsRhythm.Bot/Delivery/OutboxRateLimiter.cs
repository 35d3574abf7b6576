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

    private readonly Lock _gate = new();
    private readonly Dictionary<string, ConversationState> _conversations = new(StringComparer.Ordinal);
    private readonly GlobalPace _global = new(options.Value.GlobalPerSecond * options.Value.GlobalPaceFraction);
    private DateTimeOffset _sendUntil = DateTimeOffset.MaxValue;

    /// <summary>
    /// Waits until the conversation is free and a send to it would fit every window, then holds the
    /// conversation until disposed. The slot itself is taken with <see cref="TakeSlotAsync"/> right
    /// before the request: counted any earlier, the time between (a store write) would let sends reach
    /// Teams closer together than the windows allow.
    /// </summary>
    public async Task<IDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken)
    {
        var state = StateOf(conversationId);
        await state.Sender.WaitAsync(cancellationToken);
        try
        {
            await WaitForSlotAsync(state, take: false, cancellationToken);
            return new Release(state.Sender);
        }
        catch
        {
            state.Sender.Release();
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
    private async Task WaitForSlotAsync(ConversationState? state, bool take, CancellationToken cancellationToken)
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

    private DateTimeOffset NextAllowed(ConversationState? state, DateTimeOffset now)
    {
        var next = _global.NextAllowed(now);
        return state is null ? next : state.Windows.Select(w => w.NextAllowed(now)).Append(state.PausedUntil).Append(next).Max();
    }

    private ConversationState StateOf(string conversationId)
    {
        lock (_gate)
        {
            if (!_conversations.TryGetValue(conversationId, out var state))
            {
                var o = options.Value;

                // The 2 s (Teams: 8) and hourly (Teams: 1,800) windows are fixed just below Teams' limits.
                state = new ConversationState(
                [
                    new SlidingWindow(o.PerConversationPerSecond, TimeSpan.FromSeconds(1)),
                    new SlidingWindow(7, TimeSpan.FromSeconds(2)),
                    new SlidingWindow(o.PerConversationPer30Seconds, TimeSpan.FromSeconds(30)),
                    new SlidingWindow(1500, TimeSpan.FromHours(1)),
                ]);
                _conversations[conversationId] = state;
            }

            return state;
        }
    }

    private sealed class ConversationState(IReadOnlyList<SlidingWindow> windows)
    {
        public IReadOnlyList<SlidingWindow> Windows { get; } = windows;

        public SemaphoreSlim Sender { get; } = new(1, 1);

        public DateTimeOffset PausedUntil { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Release(SemaphoreSlim sender) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                sender.Release();
            }
        }
    }
}
