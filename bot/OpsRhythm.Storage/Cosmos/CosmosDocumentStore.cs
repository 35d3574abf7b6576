using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Documents;

namespace OpsRhythm.Storage.Cosmos;

/// <summary>
/// The document store on Azure Cosmos DB (NoSQL API). Documents travel as the bytes
/// <see cref="DocumentJson"/> produced (stream APIs, so the SDK's own serializer never touches
/// them); writes are guarded by ETags; batches are TransactionalBatch in one partition. Throttling
/// that outlasts the SDK's retries becomes <see cref="StoreUnavailableException"/>, never a lost write.
/// </summary>
public sealed class CosmosDocumentStore(CosmosClient client, CosmosStoreOptions options, TimeProvider timeProvider, ILogger<CosmosDocumentStore> logger)
    : IDocumentStore
{
    private readonly Database _database = client.GetDatabase(options.Database);

    /// <summary>Creates the database and containers when configured to; call once at start.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken) =>
        options.CreateIfNotExists
            ? CosmosContainerSetup.CreateIfNotExistsAsync(client, options.Database, cancellationToken)
            : Task.CompletedTask;

    public async Task<StoredDocument<T>?> ReadAsync<T>(string container, DocumentKey key, CancellationToken cancellationToken)
    {
        DocumentRules.ValidateKey(key);
        using var response = await SendAsync(nameof(ReadAsync), container,
            c => c.ReadItemStreamAsync(key.Id, new PartitionKey(key.PartitionKey), cancellationToken: cancellationToken));
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        ThrowIfFailed(response, key, 0);
        using var document = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken);
        return DocumentJson.TryFromDocumentOfType<T>(document, out var value) ? new StoredDocument<T>(key, value, response.Headers.ETag) : null;
    }

    public Task<StoredDocument<T>> CreateAsync<T>(string container, DocumentKey key, T value, CancellationToken cancellationToken) =>
        WriteAsync(container, DocumentWrite.Create(key, value, typeof(T)), value, cancellationToken);

    public Task<StoredDocument<T>> ReplaceAsync<T>(string container, DocumentKey key, T value, string ifMatchETag, CancellationToken cancellationToken) =>
        WriteAsync(container, DocumentWrite.Replace(key, value, typeof(T), ifMatchETag), value, cancellationToken);

    public Task<StoredDocument<T>> UpsertAsync<T>(string container, DocumentKey key, T value, CancellationToken cancellationToken) =>
        WriteAsync(container, DocumentWrite.Upsert(key, value, typeof(T)), value, cancellationToken);

    public async Task DeleteAsync(string container, DocumentKey key, string? ifMatchETag, CancellationToken cancellationToken)
    {
        var write = DocumentWrite.Delete(key, ifMatchETag);
        using var response = await SendAsync(nameof(DeleteAsync), container, c => c.DeleteItemStreamAsync(
            key.Id, new PartitionKey(key.PartitionKey), ItemOptions(write), cancellationToken));
        ThrowIfFailed(response, key, 0);
    }

    public IAsyncEnumerable<StoredDocument<T>> QueryAsync<T>(string container, string partitionKey, DocumentQuery query, CancellationToken cancellationToken)
    {
        DocumentRules.ValidatePartitionKey(partitionKey);
        DocumentRules.ValidateQuery(query);
        // Optimistic direct execution sends a single-partition query straight to its partition,
        // skipping the gateway's query-plan round trip on the hot path.
        var requestOptions = new QueryRequestOptions
        {
            PartitionKey = new PartitionKey(partitionKey),
            MaxItemCount = query.Limit ?? 100,
            EnableOptimisticDirectExecution = true,
        };
        return QueryCoreAsync<T>(container, CosmosQueryText.Build(partitionKey, query), requestOptions, query.Limit, acrossPartitions: false, cancellationToken);
    }

    public IAsyncEnumerable<StoredDocument<T>> QueryAcrossPartitionsAsync<T>(string container, DocumentQuery query, CancellationToken cancellationToken)
    {
        DocumentRules.ValidateQuery(query);
        if (HotPath.Check(container, query.DocumentType, options.FailOnCrossPartitionHotPath) is { } path)
        {
            CosmosStoreLog.CrossPartitionHotPath(logger, "QUERY " + query.DocumentType, $"{container} on {path}");
        }

        var requestOptions = new QueryRequestOptions { MaxItemCount = query.Limit ?? 100 };
        return QueryCoreAsync<T>(container, CosmosQueryText.Build(null, query), requestOptions, query.Limit, acrossPartitions: true, cancellationToken);
    }

    public async Task<IReadOnlyList<BatchItemResult>> ExecuteBatchAsync(string container, string partitionKey, IReadOnlyList<BatchOperation> operations, CancellationToken cancellationToken)
    {
        var writes = DocumentWrite.FromBatch(partitionKey, operations);
        var streams = new List<MemoryStream>(writes.Count);
        try
        {
            using var response = await SendBatchAsync(container, partitionKey, writes, streams, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw BatchFailure(response, writes);
            }

            return [.. writes.Select((write, index) => new BatchItemResult(write.Key.Id, write.Kind == WriteKind.Delete ? null : response[index].ETag))];
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    private async Task<TransactionalBatchResponse> SendBatchAsync(string container, string partitionKey, IReadOnlyList<DocumentWrite> writes, List<MemoryStream> streams, CancellationToken cancellationToken)
    {
        var batch = _database.GetContainer(container).CreateTransactionalBatch(new PartitionKey(partitionKey));
        foreach (var write in writes)
        {
            var itemOptions = new TransactionalBatchItemRequestOptions { IfMatchEtag = write.IfMatchETag, EnableContentResponseOnWrite = false };
            if (write.Document is null)
            {
                batch = batch.DeleteItem(write.Key.Id, itemOptions);
                continue;
            }

            var stream = new MemoryStream(write.Document, writable: false);
            streams.Add(stream);
            batch = write.Kind switch
            {
                WriteKind.Create => batch.CreateItemStream(stream, itemOptions),
                WriteKind.Replace => batch.ReplaceItemStream(write.Key.Id, stream, itemOptions),
                _ => batch.UpsertItemStream(stream, itemOptions),
            };
        }

        var started = timeProvider.GetTimestamp();
        try
        {
            var response = await batch.ExecuteAsync(cancellationToken);
            LogIfSlow(nameof(ExecuteBatchAsync), container, started, response.RequestCharge, response.Diagnostics);
            return response;
        }
        catch (CosmosException exception) when (CosmosFailures.IsUnavailable(exception.StatusCode))
        {
            throw Unavailable(nameof(ExecuteBatchAsync), container, exception);
        }
    }

    /// <summary>
    /// Cosmos answers a failed batch with the failing operation's status and 424 (failed dependency)
    /// for all the others: the first non-424 result names the operation to blame.
    /// </summary>
    private DocumentStoreException BatchFailure(TransactionalBatchResponse response, IReadOnlyList<DocumentWrite> writes)
    {
        if (CosmosFailures.IsUnavailable(response.StatusCode))
        {
            CosmosStoreLog.Unavailable(logger, nameof(ExecuteBatchAsync), writes[0].Key.PartitionKey, (int)response.StatusCode);
            return new StoreUnavailableException($"Cosmos DB answered {(int)response.StatusCode} to a batch in partition {writes[0].Key.PartitionKey}.");
        }

        for (var index = 0; index < Math.Min(response.Count, writes.Count); index++)
        {
            var status = response[index].StatusCode;
            if (status != HttpStatusCode.FailedDependency && (int)status >= 400)
            {
                var cause = CosmosFailures.ToException(status, writes[index].Key, writes[index].SizeInBytes, response.ErrorMessage)
                    ?? throw new InvalidOperationException($"Cosmos DB rejected batch operation {index} ({writes[index].Key}) with {(int)status}: {response.ErrorMessage}");
                return new BatchFailedException(index, cause);
            }
        }

        var whole = CosmosFailures.ToException(response.StatusCode, writes[0].Key, writes.Sum(w => (long)w.SizeInBytes), response.ErrorMessage)
            ?? throw new InvalidOperationException($"Cosmos DB rejected the batch with {(int)response.StatusCode}: {response.ErrorMessage}");
        return whole;
    }

    private async Task<StoredDocument<T>> WriteAsync<T>(string container, DocumentWrite write, T value, CancellationToken cancellationToken)
    {
        var partitionKey = new PartitionKey(write.Key.PartitionKey);
        using var stream = new MemoryStream(write.Document!, writable: false);
        using var response = await SendAsync(write.Kind.ToString(), container, c => write.Kind switch
        {
            WriteKind.Create => c.CreateItemStreamAsync(stream, partitionKey, ItemOptions(write), cancellationToken),
            WriteKind.Replace => c.ReplaceItemStreamAsync(stream, write.Key.Id, partitionKey, ItemOptions(write), cancellationToken),
            _ => c.UpsertItemStreamAsync(stream, partitionKey, ItemOptions(write), cancellationToken),
        });
        ThrowIfFailed(response, write.Key, write.SizeInBytes);
        return new StoredDocument<T>(write.Key, value, response.Headers.ETag);
    }

    private async IAsyncEnumerable<StoredDocument<T>> QueryCoreAsync<T>(
        string container, QueryDefinition query, QueryRequestOptions requestOptions, int? limit, bool acrossPartitions, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var returned = 0;
        using var iterator = _database.GetContainer(container).GetItemQueryStreamIterator(query, continuationToken: null, requestOptions);
        while (iterator.HasMoreResults)
        {
            using var page = await NextPageAsync(iterator, container, acrossPartitions, cancellationToken);
            using var json = await JsonDocument.ParseAsync(page.Content, cancellationToken: cancellationToken);
            foreach (var document in json.RootElement.GetProperty("Documents").EnumerateArray())
            {
                var key = new DocumentKey(document.GetProperty(DocumentTypes.PartitionKeyProperty).GetString()!, document.GetProperty(DocumentTypes.IdProperty).GetString()!);
                yield return new StoredDocument<T>(key, document.Deserialize<T>(DocumentJson.Options)!, document.GetProperty("_etag").GetString()!);
                if (++returned == limit)
                {
                    yield break;
                }
            }
        }
    }

    private async Task<ResponseMessage> NextPageAsync(FeedIterator iterator, string container, bool acrossPartitions, CancellationToken cancellationToken)
    {
        using var scope = acrossPartitions ? PartitionScopeGuard.AcrossPartitions() : null;
        var page = await SendAsync("Query", container, _ => iterator.ReadNextAsync(cancellationToken));
        if (!page.IsSuccessStatusCode)
        {
            using (page)
            {
                ThrowIfFailed(page, new DocumentKey("(query)", container), 0);
            }
        }

        return page;
    }

    private async Task<ResponseMessage> SendAsync(string operation, string container, Func<Container, Task<ResponseMessage>> send)
    {
        DocumentRules.ValidateContainer(container);
        var started = timeProvider.GetTimestamp();
        ResponseMessage response;
        try
        {
            response = await send(_database.GetContainer(container));
        }
        catch (CosmosException exception) when (CosmosFailures.IsUnavailable(exception.StatusCode))
        {
            throw Unavailable(operation, container, exception);
        }
        catch (HttpRequestException exception)
        {
            throw new StoreUnavailableException($"Cosmos DB {operation} in {container} could not reach the service.", exception);
        }

        LogIfSlow(operation, container, started, response.Headers.RequestCharge, response.Diagnostics);
        if (CosmosFailures.IsUnavailable(response.StatusCode))
        {
            CosmosStoreLog.Unavailable(logger, operation, container, (int)response.StatusCode);
        }

        return response;
    }

    private StoreUnavailableException Unavailable(string operation, string container, CosmosException exception)
    {
        CosmosStoreLog.Unavailable(logger, operation, container, (int)exception.StatusCode);
        return new StoreUnavailableException($"Cosmos DB {operation} in {container} answered {(int)exception.StatusCode}.", exception);
    }

    private void LogIfSlow(string operation, string container, long started, double requestCharge, CosmosDiagnostics? diagnostics)
    {
        var elapsed = timeProvider.GetElapsedTime(started);
        if (elapsed > options.SlowRequestThreshold && logger.IsEnabled(LogLevel.Warning))
        {
            CosmosStoreLog.SlowRequest(logger, operation, container, (long)elapsed.TotalMilliseconds, requestCharge, diagnostics?.ToString() ?? string.Empty);
        }
    }

    private static ItemRequestOptions ItemOptions(DocumentWrite write) =>
        new() { IfMatchEtag = write.IfMatchETag, EnableContentResponseOnWrite = false };

    private static void ThrowIfFailed(ResponseMessage response, DocumentKey key, long sizeInBytes)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        throw (Exception?)CosmosFailures.ToException(response.StatusCode, key, sizeInBytes, response.ErrorMessage)
            ?? new InvalidOperationException($"Cosmos DB answered {(int)response.StatusCode} for {key}: {response.ErrorMessage}");
    }
}
