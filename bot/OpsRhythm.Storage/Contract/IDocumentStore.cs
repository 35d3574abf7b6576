namespace OpsRhythm.Storage.Contract;

/// <summary>
/// The one storage contract both stores (SQLite, Cosmos DB) pass the same test suite against.
/// Documents are JSON; every write but <see cref="UpsertAsync"/> is guarded by an ETag or by
/// "must not exist", so a lost update is impossible.
/// </summary>
public interface IDocumentStore
{
    /// <summary>A point read; null when the document does not exist or the id holds another entity type.</summary>
    Task<StoredDocument<T>?> ReadAsync<T>(string container, DocumentKey key, CancellationToken cancellationToken);

    /// <summary>Creates the document; <see cref="DocumentConflictException"/> if the id exists in the partition.</summary>
    Task<StoredDocument<T>> CreateAsync<T>(string container, DocumentKey key, T value, CancellationToken cancellationToken);

    /// <summary>Replaces the document if its ETag is still <paramref name="ifMatchETag"/>, else <see cref="DocumentPreconditionFailedException"/>.</summary>
    Task<StoredDocument<T>> ReplaceAsync<T>(string container, DocumentKey key, T value, string ifMatchETag, CancellationToken cancellationToken);

    /// <summary>Writes whatever is there; only for documents with one writer (leases use Replace/Create).</summary>
    Task<StoredDocument<T>> UpsertAsync<T>(string container, DocumentKey key, T value, CancellationToken cancellationToken);

    /// <summary>Deletes the document, guarded by <paramref name="ifMatchETag"/> when given; <see cref="DocumentNotFoundException"/> if absent.</summary>
    Task DeleteAsync(string container, DocumentKey key, string? ifMatchETag, CancellationToken cancellationToken);

    /// <summary>Documents of one type in one partition matching every filter of <paramref name="query"/>.</summary>
    IAsyncEnumerable<StoredDocument<T>> QueryAsync<T>(string container, string partitionKey, DocumentQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Documents of one type in every partition: background jobs only (outbox sweep, scheduler).
    /// Never on a user's turn; docs/storage.md lists each caller and its cost.
    /// </summary>
    IAsyncEnumerable<StoredDocument<T>> QueryAcrossPartitionsAsync<T>(string container, DocumentQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// All operations commit or none does (Cosmos TransactionalBatch semantics): a failing operation
    /// throws <see cref="BatchFailedException"/> naming it, and nothing is written.
    /// </summary>
    Task<IReadOnlyList<BatchItemResult>> ExecuteBatchAsync(string container, string partitionKey, IReadOnlyList<BatchOperation> operations, CancellationToken cancellationToken);
}
