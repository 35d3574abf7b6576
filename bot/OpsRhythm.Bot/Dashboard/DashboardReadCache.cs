using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// The dashboard's view of the store for what changes slowly: the indicator catalog, each
/// department-year's values, targets and alerts (indicators) and each department's risks (risks).
/// A point read or partition query is kept until this instance writes to that partition
/// (<see cref="StoreWriteSignal"/>) or for <see cref="Lifetime"/>, which bounds how long another
/// instance's write can go unseen. Other containers (plans, status, meetings) are read every time.
/// Read-only: the dashboard never writes, and nothing it returns is used for an ETag-guarded write.
/// </summary>
internal sealed class DashboardReadCache(IDocumentStore inner, StoreWriteSignal signal, TimeProvider time) : IDocumentStore
{
    /// <summary>How long an entry may be served when no write of this instance touched its partition (docs/storage.md).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    /// <summary>A bound on memory: far above departments × years × kinds for any company this serves.</summary>
    private const int MaxEntries = 5_000;

    private static readonly HashSet<string> Cached = new(StringComparer.Ordinal) { StorageContainers.Indicators, StorageContainers.Risks };

    /// <summary>A point read that found nothing is cached too (the catalog before the ops office first edits it).</summary>
    private static readonly object Missing = new();

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<StoredDocument<T>?> ReadAsync<T>(string container, DocumentKey key, CancellationToken cancellationToken)
    {
        if (!Cached.Contains(container))
        {
            return await inner.ReadAsync<T>(container, key, cancellationToken);
        }

        var cacheKey = string.Join('\n', "read", container, key.PartitionKey, key.Id, typeof(T).FullName);
        var version = signal.VersionOf(container, key.PartitionKey);
        if (Fresh(cacheKey, version) is { } hit)
        {
            return ReferenceEquals(hit, Missing) ? null : (StoredDocument<T>)hit;
        }

        var read = await inner.ReadAsync<T>(container, key, cancellationToken);
        Keep(cacheKey, version, read);
        return read;
    }

    public async IAsyncEnumerable<StoredDocument<T>> QueryAsync<T>(
        string container, string partitionKey, DocumentQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Cached.Contains(container))
        {
            await foreach (var item in inner.QueryAsync<T>(container, partitionKey, query, cancellationToken))
            {
                yield return item;
            }

            yield break;
        }

        var cacheKey = string.Join('\n', "query", container, partitionKey, typeof(T).FullName, Describe(query));
        var version = signal.VersionOf(container, partitionKey);
        if (Fresh(cacheKey, version) is not IReadOnlyList<StoredDocument<T>> items)
        {
            var read = new List<StoredDocument<T>>();
            await foreach (var item in inner.QueryAsync<T>(container, partitionKey, query, cancellationToken))
            {
                read.Add(item);
            }

            Keep(cacheKey, version, read);
            items = read;
        }

        foreach (var item in items)
        {
            yield return item;
        }
    }

    public IAsyncEnumerable<StoredDocument<T>> QueryAcrossPartitionsAsync<T>(string container, DocumentQuery query, CancellationToken cancellationToken) =>
        inner.QueryAcrossPartitionsAsync<T>(container, query, cancellationToken);

    public Task<StoredDocument<T>> CreateAsync<T>(string container, DocumentKey key, T value, CancellationToken cancellationToken) => throw ReadOnly();

    public Task<StoredDocument<T>> ReplaceAsync<T>(string container, DocumentKey key, T value, string ifMatchETag, CancellationToken cancellationToken) => throw ReadOnly();

    public Task<StoredDocument<T>> UpsertAsync<T>(string container, DocumentKey key, T value, CancellationToken cancellationToken) => throw ReadOnly();

    public Task DeleteAsync(string container, DocumentKey key, string? ifMatchETag, CancellationToken cancellationToken) => throw ReadOnly();

    public Task<IReadOnlyList<BatchItemResult>> ExecuteBatchAsync(string container, string partitionKey, IReadOnlyList<BatchOperation> operations, CancellationToken cancellationToken) =>
        throw ReadOnly();

    private object? Fresh(string cacheKey, long version) =>
        _entries.TryGetValue(cacheKey, out var entry) && entry.Version == version && time.GetUtcNow() < entry.Expires ? entry.Value ?? Missing : null;

    private void Keep(string cacheKey, long version, object? value)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[cacheKey] = new Entry(value, version, time.GetUtcNow() + Lifetime);
    }

    private static string Describe(DocumentQuery query) =>
        string.Join('|', query.DocumentType, string.Join(',', query.Filters.Select(f => f.Property + "=" + Convert.ToString(f.Value, CultureInfo.InvariantCulture))),
            query.OrderBy, query.Descending, query.Limit);

    private static NotSupportedException ReadOnly() => new("The dashboard's read cache never writes.");

    private sealed record Entry(object? Value, long Version, DateTimeOffset Expires);
}
