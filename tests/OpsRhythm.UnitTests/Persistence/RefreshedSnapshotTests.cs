using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.UnitTests.Persistence;

public sealed class RefreshedSnapshotTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly NoteStore _store = new();

    private RefreshedSnapshot<Note> Snapshot() => NoteStore.SnapshotOf(_store, new OrganisationClock(_time));

    [Fact]
    public async Task Get_NeverRefreshed_ReadsTheStoreOnce()
    {
        _store.Notes = [new Note("a", Open: true), new Note("b", Open: false)];
        var snapshot = Snapshot();

        var first = await snapshot.GetAsync(CancellationToken.None);
        var second = await snapshot.GetAsync(CancellationToken.None);

        Assert.Equal("a", Assert.Single(first).Id);
        Assert.Equal("a", Assert.Single(second).Id);
        Assert.Equal(1, _store.Reads);
    }

    [Fact]
    public async Task Remember_AfterALoad_TakesTheWriteInWithoutReading()
    {
        _store.Notes = [new Note("a", Open: true)];
        var snapshot = Snapshot();
        await snapshot.RefreshAsync(CancellationToken.None);

        snapshot.Remember(new Note("b", Open: true));
        snapshot.Remember(new Note("a", Open: false));

        Assert.Equal("b", Assert.Single(await snapshot.GetAsync(CancellationToken.None)).Id);
        Assert.Equal(1, _store.Reads);
    }

    [Fact]
    public async Task Refresh_AWriteRememberedWhileTheQueryRan_WinsOverWhatTheQuerySaw()
    {
        _store.Notes = [new Note("a", Open: true)];
        var snapshot = Snapshot();
        _store.WhileReading = () => snapshot.Remember(new Note("a", Open: false));

        var refreshed = await snapshot.RefreshAsync(CancellationToken.None);

        Assert.Empty(refreshed);
        Assert.Empty(await snapshot.GetAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Refresh_AWriteRememberedBeforeTheQueryStarted_TheStoreDecides()
    {
        var snapshot = Snapshot();
        snapshot.Remember(new Note("a", Open: true));
        _time.Advance(TimeSpan.FromSeconds(1));
        _store.Notes = [new Note("a", Open: false, Text: "closed by another instance")];

        Assert.Empty(await snapshot.RefreshAsync(CancellationToken.None));

        // Forgotten once a refresh has seen past it: a later refresh does not bring it back either.
        _store.Notes = [];
        Assert.Empty(await snapshot.RefreshAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Refresh_TheStoreChanged_ReplacesTheDocuments()
    {
        _store.Notes = [new Note("a", Open: true)];
        var snapshot = Snapshot();
        await snapshot.RefreshAsync(CancellationToken.None);
        _store.Notes = [new Note("a", Open: true, Text: "edited"), new Note("c", Open: true)];

        await snapshot.RefreshAsync(CancellationToken.None);

        Assert.Equal(["a:edited", "c:"], (await snapshot.GetAsync(CancellationToken.None)).Select(n => $"{n.Id}:{n.Text}").Order(StringComparer.Ordinal));
    }
}
