using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Support;

/// <summary>
/// A document store with the contract's semantics (JSON round trip, ETags, create-if-absent, atomic
/// batches), for tests of code that only needs the contract. The SQLite and Cosmos stores pass the
/// contract suite; this one lets the delivery and scheduling tests run many instances cheaply.
/// </summary>
public sealed class InMemoryDocumentStore : IDocumentStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<(string Container, string Pk, string Id), (JsonObject Body, string ETag)> _documents = new();

    public int Writes { get; private set; }

    public Task<StoredDocument<T>?> ReadAsync<T>(string container, DocumentKey key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_documents.TryGetValue((container, key.PartitionKey, key.Id), out var doc)
                ? new StoredDocument<T>(key, doc.Body.Deserialize<T>(Json)!, doc.ETag)
                : null);
        }
    }

    public Task<StoredDocument<T>> CreateAsync<T>(string container, DocumentKey key, T value, CancellationToken cancellationToken) =>
        Task.FromResult(Write(container, key, value, mustNotExist: true, ifMatch: null));

    public Task<StoredDocument<T>> ReplaceAsync<T>(string container, DocumentKey key, T value, string ifMatchETag, CancellationToken cancellationToken) =>
        Task.FromResult(Write(container, key, value, mustNotExist: false, ifMatch: ifMatchETag));

    public Task<StoredDocument<T>> UpsertAsync<T>(string container, DocumentKey key, T value, CancellationToken cancellationToken) =>
        Task.FromResult(Write(container, key, value, mustNotExist: false, ifMatch: null));

    public Task DeleteAsync(string container, DocumentKey key, string? ifMatchETag, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var id = (container, key.PartitionKey, key.Id);
            if (!_documents.TryGetValue(id, out var doc))
            {
                throw new DocumentNotFoundException(key);
            }

            if (ifMatchETag is not null && doc.ETag != ifMatchETag)
            {
                throw new DocumentPreconditionFailedException(key);
            }

            _documents.TryRemove(id, out _);
            return Task.CompletedTask;
        }
    }

    public async IAsyncEnumerable<StoredDocument<T>> QueryAsync<T>(string container, string partitionKey, DocumentQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var doc in Select<T>(container, partitionKey, query))
        {
            await Task.Yield();
            yield return doc;
        }
    }

    public async IAsyncEnumerable<StoredDocument<T>> QueryAcrossPartitionsAsync<T>(string container, DocumentQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var doc in Select<T>(container, null, query))
        {
            await Task.Yield();
            yield return doc;
        }
    }

    public Task<IReadOnlyList<BatchItemResult>> ExecuteBatchAsync(string container, string partitionKey, IReadOnlyList<BatchOperation> operations, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var snapshot = new Dictionary<(string, string, string), (JsonObject, string)>(_documents);
            var results = new List<BatchItemResult>();
            for (var i = 0; i < operations.Count; i++)
            {
                var key = new DocumentKey(partitionKey, operations[i].Id);
                try
                {
                    results.Add(operations[i] switch
                    {
                        BatchCreate c => new BatchItemResult(c.Id, WriteObject(container, key, c.Value, c.ValueType, true, null)),
                        BatchReplace r => new BatchItemResult(r.Id, WriteObject(container, key, r.Value, r.ValueType, false, r.IfMatchETag)),
                        BatchUpsert u => new BatchItemResult(u.Id, WriteObject(container, key, u.Value, u.ValueType, false, null)),
                        BatchDelete d => Delete(container, key, d.IfMatchETag),
                        _ => throw new NotSupportedException(),
                    });
                }
                catch (DocumentStoreException failure)
                {
                    _documents.Clear();
                    foreach (var (k, v) in snapshot)
                    {
                        _documents[k] = v;
                    }

                    throw new BatchFailedException(i, failure);
                }
            }

            return Task.FromResult<IReadOnlyList<BatchItemResult>>(results);
        }
    }

    private BatchItemResult Delete(string container, DocumentKey key, string? ifMatch)
    {
        DeleteAsync(container, key, ifMatch, CancellationToken.None).GetAwaiter().GetResult();
        return new BatchItemResult(key.Id, null);
    }

    private List<StoredDocument<T>> Select<T>(string container, string? partitionKey, DocumentQuery query)
    {
        lock (_gate)
        {
            var matches = _documents
                .Where(d => d.Key.Container == container && (partitionKey is null || d.Key.Pk == partitionKey))
                .Where(d => d.Value.Body[DocumentTypes.TypeProperty]?.GetValue<string>() == query.DocumentType)
                .Where(d => query.Filters.All(f => Matches(d.Value.Body[f.Property], f.Value)));
            if (query.OrderBy is { } order)
            {
                matches = query.Descending
                    ? matches.OrderByDescending(d => d.Value.Body[order]?.ToJsonString(), StringComparer.Ordinal)
                    : matches.OrderBy(d => d.Value.Body[order]?.ToJsonString(), StringComparer.Ordinal);
            }

            if (query.Limit is { } limit)
            {
                matches = matches.Take(limit);
            }

            return matches
                .Select(d => new StoredDocument<T>(new DocumentKey(d.Key.Pk, d.Key.Id), d.Value.Body.Deserialize<T>(Json)!, d.Value.ETag))
                .ToList();
        }
    }

    private static bool Matches(JsonNode? node, object? value) =>
        value is null ? node is null : node is not null && JsonSerializer.SerializeToNode(value, Json)!.ToJsonString() == node.ToJsonString();

    private StoredDocument<T> Write<T>(string container, DocumentKey key, T value, bool mustNotExist, string? ifMatch)
    {
        lock (_gate)
        {
            var etag = WriteObject(container, key, value!, typeof(T), mustNotExist, ifMatch);
            return new StoredDocument<T>(key, value, etag);
        }
    }

    private string WriteObject(string container, DocumentKey key, object value, Type type, bool mustNotExist, string? ifMatch)
    {
        var id = (container, key.PartitionKey, key.Id);
        var exists = _documents.TryGetValue(id, out var current);
        if (mustNotExist && exists)
        {
            throw new DocumentConflictException(key);
        }

        if (ifMatch is not null && (!exists || current.ETag != ifMatch))
        {
            throw exists ? new DocumentPreconditionFailedException(key) : new DocumentNotFoundException(key);
        }

        var body = JsonSerializer.SerializeToNode(value, type, Json)!.AsObject();
        body[DocumentTypes.IdProperty] = key.Id;
        body[DocumentTypes.PartitionKeyProperty] = key.PartitionKey;
        body[DocumentTypes.TypeProperty] = type.Name;
        var etag = Guid.NewGuid().ToString("N");
        _documents[id] = (body, etag);
        Writes++;
        return etag;
    }
}
