using System.Runtime.CompilerServices;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Time;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.UnitTests.Persistence;

/// <summary>The cross-partition query the snapshot runs (the open notes), over a list the test sets; counts the reads.</summary>
internal sealed class NoteStore
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    public IReadOnlyList<Note> Notes { get; set; } = [];

    public int Reads { get; private set; }

    /// <summary>Runs after the query saw the notes and before it ends (another write on this instance).</summary>
    public Action? WhileReading { get; set; }

    /// <summary>Thrown instead of reading, while set.</summary>
    public Exception? Failure { get; set; }

    public static RefreshedSnapshot<Note> SnapshotOf(NoteStore store, OrganisationClock clock) =>
        new("open notes", Interval, store.ReadAsync, note => note.Id, note => note.Open, clock);

    public async IAsyncEnumerable<StoredDocument<Note>> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Reads++;
        if (Failure is { } failure)
        {
            throw failure;
        }

        var seen = Notes.Where(n => n.Open).ToList();
        WhileReading?.Invoke();
        foreach (var note in seen)
        {
            yield return new StoredDocument<Note>(new DocumentKey("notes", note.Id), note, "etag");
        }

        await Task.CompletedTask;
    }
}
