using OpsRhythm.Domain.Time;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// Documents kept in memory for the user paths that need all of them where reading them all is a
/// cross-partition query: that query runs only in the background (<see cref="SnapshotRefresher{T}"/>: at start,
/// then every <see cref="RefreshInterval"/>). A document this instance writes is taken in at once
/// (<see cref="Remember"/>); another instance's within a refresh. Only documents <c>isKept</c> accepts stay
/// (a scheduled meeting, an open item): one written out of that state leaves.
/// The documents' dictionary is copied on write and never changed once published, so readers take no lock; the
/// remembered writes are only touched under the lock. Plain dictionaries rather than System.Collections.Immutable: that assembly was loaded at start for this class
/// alone, about 1 MiB of resident memory (docs/performance.md); the sets are small and written rarely.
/// </summary>
internal sealed class RefreshedSnapshot<T>(
    string name,
    TimeSpan refreshInterval,
    Func<CancellationToken, IAsyncEnumerable<StoredDocument<T>>> read,
    Func<T, string> keyOf,
    Func<T, bool> isKept,
    OrganisationClock clock)
{
    private readonly Lock _gate = new();
    private Dictionary<string, T>? _documents;
    private readonly Dictionary<string, (T Document, DateTimeOffset At)> _remembered = new(StringComparer.Ordinal);

    /// <summary>What the snapshot holds, in words for the log ("open action items").</summary>
    public string Name => name;

    public TimeSpan RefreshInterval => refreshInterval;

    /// <summary>The cached documents; read from the store only if never loaded (before start, or a test without the refresher).</summary>
    public async Task<IReadOnlyList<T>> GetAsync(CancellationToken cancellationToken)
    {
        var documents = Volatile.Read(ref _documents) ?? await RefreshAsync(cancellationToken);
        return [.. documents.Values];
    }

    /// <summary>A document this instance just wrote: kept while <c>isKept</c> accepts it, dropped otherwise.</summary>
    public void Remember(T document)
    {
        ArgumentNullException.ThrowIfNull(document);
        lock (_gate)
        {
            _remembered[keyOf(document)] = (document, clock.UtcNow);
            if (_documents is { } documents)
            {
                var copy = new Dictionary<string, T>(documents, StringComparer.Ordinal);
                Apply(copy, document);
                Volatile.Write(ref _documents, copy);
            }
        }
    }

    /// <summary>Reads every document (across partitions: background only).</summary>
    public async Task<IReadOnlyDictionary<string, T>> RefreshAsync(CancellationToken cancellationToken)
    {
        var started = clock.UtcNow;
        var documents = new Dictionary<string, T>(StringComparer.Ordinal);
        await foreach (var stored in read(cancellationToken))
        {
            documents[keyOf(stored.Value)] = stored.Value;
        }

        lock (_gate)
        {
            // What this instance wrote while the query ran is newer than what the query saw.
            foreach (var (key, (document, at)) in _remembered)
            {
                if (at >= started)
                {
                    Apply(documents, document);
                }
                else
                {
                    // The store had it when the query ran: the query saw it, or a later write of it.
                    _remembered.Remove(key);
                }
            }

            Volatile.Write(ref _documents, documents);
            return documents;
        }
    }

    private void Apply(Dictionary<string, T> documents, T document)
    {
        if (isKept(document))
        {
            documents[keyOf(document)] = document;
        }
        else
        {
            documents.Remove(keyOf(document));
        }
    }
}
