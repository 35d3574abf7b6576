using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.UnitTests.Persistence;

public sealed class SnapshotRefresherTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly NoteStore _store = new();
    private readonly FirstLogEntry<SnapshotRefresher<Note>> _logger = new();
    private readonly RefreshedSnapshot<Note> _snapshot;

    public SnapshotRefresherTests()
    {
        _snapshot = NoteStore.SnapshotOf(_store, new OrganisationClock(_time));
    }

    [Fact]
    public async Task Start_LoadsTheSnapshotBeforeReturning()
    {
        _store.Notes = [new Note("a", Open: true)];
        using var refresher = new SnapshotRefresher<Note>(_snapshot, _time, _logger);

        await refresher.StartAsync(CancellationToken.None);
        var notes = await _snapshot.GetAsync(CancellationToken.None);
        await refresher.StopAsync(CancellationToken.None);

        Assert.Equal("a", Assert.Single(notes).Id);
        Assert.Equal(1, _store.Reads);
    }

    [Fact]
    public async Task OneIntervalLater_ReadsTheStoreAgain()
    {
        using var refresher = new SnapshotRefresher<Note>(_snapshot, _time, _logger);
        await refresher.StartAsync(CancellationToken.None);
        var read = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _store.Notes = [new Note("b", Open: true)];
        _store.WhileReading = () => read.TrySetResult();

        await AdvanceUntilAsync(read.Task);
        await refresher.StopAsync(CancellationToken.None);

        Assert.True(_store.Reads >= 2);
        Assert.Equal("b", Assert.Single(await _snapshot.GetAsync(CancellationToken.None)).Id);
    }

    [Fact]
    public async Task AFailedRefresh_IsLoggedAndTheLastDocumentsStay()
    {
        _store.Notes = [new Note("a", Open: true)];
        using var refresher = new SnapshotRefresher<Note>(_snapshot, _time, _logger);
        await refresher.StartAsync(CancellationToken.None);
        _store.Failure = new InvalidOperationException("store unavailable");

        await AdvanceUntilAsync(_logger.Written);
        await refresher.StopAsync(CancellationToken.None);

        Assert.Equal((LogLevel.Warning, 3104, "Refreshing the open notes failed; keeping the last ones read", _store.Failure), await _logger.Written);
        Assert.Equal("a", Assert.Single(await _snapshot.GetAsync(CancellationToken.None)).Id);
    }

    /// <summary>
    /// Moves the clock an interval at a time until the refresher has done <paramref name="done"/>: the refresher
    /// starts its wait for the next refresh on its own thread, so one step could come before that wait begins.
    /// </summary>
    private async Task AdvanceUntilAsync(Task done)
    {
        while (!done.IsCompleted)
        {
            _time.Advance(NoteStore.Interval);
            await Task.WhenAny(done, Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System));
        }
    }
}
