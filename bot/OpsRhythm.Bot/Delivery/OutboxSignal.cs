using System.Threading.Channels;

namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// Wakes the dispatcher when a message has just been committed, so a notice goes out at once rather
/// than at the next poll. Signals coalesce: many commits during one sweep cause one more sweep.
/// </summary>
internal sealed class OutboxSignal
{
    private readonly Channel<bool> _wakeUps = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    public void Notify() => _wakeUps.Writer.TryWrite(true);

    /// <summary>Completes when notified or after <paramref name="timeout"/> (on <paramref name="timeProvider"/>'s clock), whichever is first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var wakeUp = _wakeUps.Reader.WaitToReadAsync(stop.Token).AsTask();
        var poll = Task.Delay(timeout, timeProvider, stop.Token);
        await Task.WhenAny(wakeUp, poll);
        await stop.CancelAsync();
        _wakeUps.Reader.TryRead(out _);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
