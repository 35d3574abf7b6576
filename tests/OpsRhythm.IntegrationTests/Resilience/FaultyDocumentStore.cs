using System.Runtime.CompilerServices;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Resilience;

/// <summary>
/// The real store with an outage switch: once armed, it lets <c>n</c> more operations through and then
/// fails every one with <see cref="StoreUnavailableException"/>, as a store that stops answering
/// mid-turn does. The operation that fails writes nothing (the real store is not called).
/// </summary>
public sealed class FaultyDocumentStore(IDocumentStore inner) : IDocumentStore
{
    private int _remaining = int.MaxValue;

    public int Operations { get; private set; }

    /// <summary>Lets <paramref name="operations"/> more operations through, then fails all.</summary>
    public void FailAfter(int operations) => Volatile.Write(ref _remaining, operations);

    public void Heal() => Volatile.Write(ref _remaining, int.MaxValue);

    public async Task<StoredDocument<T>?> ReadAsync<T>(string container, DocumentKey key, CancellationToken cancellationToken)
    {
        Pass(nameof(ReadAsync));
        return await inner.ReadAsync<T>(container, key, cancellationToken);
    }

    public async Task<StoredDocument<T>> CreateAsync<T>(string container, DocumentKey key, T value, CancellationToken cancellationToken)
    {
        Pass(nameof(CreateAsync));
        return await inner.CreateAsync(container, key, value, cancellationToken);
    }

    public async Task<StoredDocument<T>> ReplaceAsync<T>(string container, DocumentKey key, T value, string ifMatchETag, CancellationToken cancellationToken)
    {
        Pass(nameof(ReplaceAsync));
        return await inner.ReplaceAsync(container, key, value, ifMatchETag, cancellationToken);
    }

    public async Task<StoredDocument<T>> UpsertAsync<T>(string container, DocumentKey key, T value, CancellationToken cancellationToken)
    {
        Pass(nameof(UpsertAsync));
        return await inner.UpsertAsync(container, key, value, cancellationToken);
    }

    public async Task DeleteAsync(string container, DocumentKey key, string? ifMatchETag, CancellationToken cancellationToken)
    {
        Pass(nameof(DeleteAsync));
        await inner.DeleteAsync(container, key, ifMatchETag, cancellationToken);
    }

    public async IAsyncEnumerable<StoredDocument<T>> QueryAsync<T>(string container, string partitionKey, DocumentQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Pass(nameof(QueryAsync));
        await foreach (var item in inner.QueryAsync<T>(container, partitionKey, query, cancellationToken))
        {
            yield return item;
        }
    }

    public async IAsyncEnumerable<StoredDocument<T>> QueryAcrossPartitionsAsync<T>(string container, DocumentQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Pass(nameof(QueryAcrossPartitionsAsync));
        await foreach (var item in inner.QueryAcrossPartitionsAsync<T>(container, query, cancellationToken))
        {
            yield return item;
        }
    }

    public async Task<IReadOnlyList<BatchItemResult>> ExecuteBatchAsync(string container, string partitionKey, IReadOnlyList<BatchOperation> operations, CancellationToken cancellationToken)
    {
        Pass(nameof(ExecuteBatchAsync));
        return await inner.ExecuteBatchAsync(container, partitionKey, operations, cancellationToken);
    }

    private void Pass(string operation)
    {
        Operations++;
        if (Interlocked.Decrement(ref _remaining) < 0)
        {
            throw new StoreUnavailableException($"Drill: the store is down ({operation}).");
        }
    }
}
