using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// The bot's store: every write, done or failed (a failed batch may still have raced a reader), raises
/// its partition's version in <see cref="StoreWriteSignal"/> for the read caches (the dashboard's).
/// </summary>
internal sealed class SignallingDocumentStore(IDocumentStore inner, StoreWriteSignal signal) : IDocumentStore, IDocumentStoreDecorator
{
    public IDocumentStore Inner => inner;

    public Task<StoredDocument<T>?> ReadAsync<T>(string container, DocumentKey key, CancellationToken cancellationToken) =>
        inner.ReadAsync<T>(container, key, cancellationToken);

    public Task<StoredDocument<T>> CreateAsync<T>(string container, DocumentKey key, T value, CancellationToken cancellationToken) =>
        Signalled(container, key.PartitionKey, inner.CreateAsync(container, key, value, cancellationToken));

    public Task<StoredDocument<T>> ReplaceAsync<T>(string container, DocumentKey key, T value, string ifMatchETag, CancellationToken cancellationToken) =>
        Signalled(container, key.PartitionKey, inner.ReplaceAsync(container, key, value, ifMatchETag, cancellationToken));

    public Task<StoredDocument<T>> UpsertAsync<T>(string container, DocumentKey key, T value, CancellationToken cancellationToken) =>
        Signalled(container, key.PartitionKey, inner.UpsertAsync(container, key, value, cancellationToken));

    public async Task DeleteAsync(string container, DocumentKey key, string? ifMatchETag, CancellationToken cancellationToken)
    {
        try
        {
            await inner.DeleteAsync(container, key, ifMatchETag, cancellationToken);
        }
        finally
        {
            signal.Written(container, key.PartitionKey);
        }
    }

    public IAsyncEnumerable<StoredDocument<T>> QueryAsync<T>(string container, string partitionKey, DocumentQuery query, CancellationToken cancellationToken) =>
        inner.QueryAsync<T>(container, partitionKey, query, cancellationToken);

    public IAsyncEnumerable<StoredDocument<T>> QueryAcrossPartitionsAsync<T>(string container, DocumentQuery query, CancellationToken cancellationToken) =>
        inner.QueryAcrossPartitionsAsync<T>(container, query, cancellationToken);

    public Task<IReadOnlyList<BatchItemResult>> ExecuteBatchAsync(string container, string partitionKey, IReadOnlyList<BatchOperation> operations, CancellationToken cancellationToken) =>
        Signalled(container, partitionKey, inner.ExecuteBatchAsync(container, partitionKey, operations, cancellationToken));

    private async Task<TResult> Signalled<TResult>(string container, string partitionKey, Task<TResult> write)
    {
        try
        {
            return await write;
        }
        finally
        {
            signal.Written(container, partitionKey);
        }
    }
}
