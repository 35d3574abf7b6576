using System.Collections.Concurrent;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Storage;

/// <summary>Counts the calls a flow makes to the store, by operation and container: one call is one request on Cosmos DB (a query of at most one page).</summary>
public sealed class CountingDocumentStore(IDocumentStore inner) : IDocumentStore, IDocumentStoreDecorator
{
    public IDocumentStore Inner => inner;

    private readonly ConcurrentQueue<string> _calls = new();

    public IReadOnlyList<string> Calls => [.. _calls];

    public void Reset() => _calls.Clear();

    public Task<StoredDocument<T>?> ReadAsync<T>(string container, DocumentKey key, CancellationToken cancellationToken) =>
        Count($"read {container}/{key.PartitionKey}/{key.Id}", inner.ReadAsync<T>(container, key, cancellationToken));

    public Task<StoredDocument<T>> CreateAsync<T>(string container, DocumentKey key, T value, CancellationToken cancellationToken) =>
        Count($"create {container}/{key.PartitionKey}", inner.CreateAsync(container, key, value, cancellationToken));

    public Task<StoredDocument<T>> ReplaceAsync<T>(string container, DocumentKey key, T value, string ifMatchETag, CancellationToken cancellationToken) =>
        Count($"replace {container}/{key.PartitionKey}", inner.ReplaceAsync(container, key, value, ifMatchETag, cancellationToken));

    public Task<StoredDocument<T>> UpsertAsync<T>(string container, DocumentKey key, T value, CancellationToken cancellationToken) =>
        Count($"upsert {container}/{key.PartitionKey}", inner.UpsertAsync(container, key, value, cancellationToken));

    public Task DeleteAsync(string container, DocumentKey key, string? ifMatchETag, CancellationToken cancellationToken) =>
        Count($"delete {container}/{key.PartitionKey}", inner.DeleteAsync(container, key, ifMatchETag, cancellationToken));

    public IAsyncEnumerable<StoredDocument<T>> QueryAsync<T>(string container, string partitionKey, DocumentQuery query, CancellationToken cancellationToken) =>
        Count($"query {container}/{partitionKey} {query.DocumentType}", inner.QueryAsync<T>(container, partitionKey, query, cancellationToken));

    public IAsyncEnumerable<StoredDocument<T>> QueryAcrossPartitionsAsync<T>(string container, DocumentQuery query, CancellationToken cancellationToken) =>
        Count($"query-across {container} {query.DocumentType}", inner.QueryAcrossPartitionsAsync<T>(container, query, cancellationToken));

    public Task<IReadOnlyList<BatchItemResult>> ExecuteBatchAsync(string container, string partitionKey, IReadOnlyList<BatchOperation> operations, CancellationToken cancellationToken) =>
        Count($"batch {container}/{partitionKey} ({operations.Count})", inner.ExecuteBatchAsync(container, partitionKey, operations, cancellationToken));

    private TResult Count<TResult>(string call, TResult result)
    {
        _calls.Enqueue(call);
        return result;
    }
}
