using System.Collections.Immutable;
using OpsRhythm.Domain.Time;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// Documents kept in memory for the user paths that need all of them where reading them all is a
/// cross-partition query: that query runs only in the background (<see cref="SnapshotRefresher{T}"/>: at start,
/// then every <see cref="RefreshInterval"/>). A document this instance writes is taken in at once
/// (<see cref="Remember"/>); another instance's within a refresh. Only documents <c>isKept</c> accepts stay
/// (a scheduled meeting, an open item): one written out of that state leaves.
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
    private ImmutableDictionary<string, T>? _documents;
    private ImmutableDictionary<string, (T Document, DateTimeOffset At)> _remembered = ImmutableDictionary<string, (T, DateTimeOffset)>.Empty;

    /// <summary>What the snapshot holds, in words for the log ("open action items").</summary>
    public string Name => name;

    public TimeSpan RefreshInterval => refreshInterval;

    /// <summary>The cached documents; read from the store only if never loaded (before start, or a test without the refresher).</summary>
    public async Task<IReadOnlyList<T>> GetAsync(CancellationToken cancellationToken)
    {
        var documents = _documents ?? await RefreshAsync(cancellationToken);
        return [.. documents.Values];
    }

    /// <summary>A document this instance just wrote: kept while <c>isKept</c> accepts it, dropped otherwise.</summary>
    public void Remember(T document)
    {
        ArgumentNullException.ThrowIfNull(document);
        lock (_gate)
        {
            _remembered = _remembered.SetItem(keyOf(document), (document, clock.UtcNow));
            if (_documents is not null)
            {
                _documents = Apply(_documents, document);
            }
        }
    }

    /// <summary>Reads every document (across partitions: background only).</summary>
    public async Task<ImmutableDictionary<string, T>> RefreshAsync(CancellationToken cancellationToken)
    {
        var started = clock.UtcNow;
        var builder = ImmutableDictionary.CreateBuilder<string, T>(StringComparer.Ordinal);
        await foreach (var stored in read(cancellationToken))
        {
            builder[keyOf(stored.Value)] = stored.Value;
        }

        lock (_gate)
        {
            // What this instance wrote while the query ran is newer than what the query saw.
            var documents = builder.ToImmutable();
            foreach (var (document, at) in _remembered.Values)
            {
                documents = at >= started ? Apply(documents, document) : documents;
            }

            _remembered = _remembered.RemoveRange(_remembered.Where(r => r.Value.At < started).Select(r => r.Key));
            _documents = documents;
            return documents;
        }
    }

    private ImmutableDictionary<string, T> Apply(ImmutableDictionary<string, T> documents, T document) =>
        isKept(document) ? documents.SetItem(keyOf(document), document) : documents.Remove(keyOf(document));
}
