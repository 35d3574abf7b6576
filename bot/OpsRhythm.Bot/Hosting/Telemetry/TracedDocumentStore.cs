using System.Diagnostics;
using System.Runtime.CompilerServices;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Hosting.Telemetry;

/// <summary>
/// A span around every store call: operation, container and the store's kind. Keys are left out: a
/// partition or document id can be a person's id. Failures mark the span with the exception's type.
/// </summary>
internal sealed class TracedDocumentStore(IDocumentStore inner, string system) : IDocumentStore, IDocumentStoreDecorator
{
    public IDocumentStore Inner => inner;

    public async Task<StoredDocument<T>?> ReadAsync<T>(string container, DocumentKey key, CancellationToken cancellationToken)
    {
        using var span = Start("read", container);
        return await Traced(span, inner.ReadAsync<T>(container, key, cancellationToken));
    }

    public async Task<StoredDocument<T>> CreateAsync<T>(string container, DocumentKey key, T value, CancellationToken cancellationToken)
    {
        using var span = Start("create", container);
        return await Traced(span, inner.CreateAsync(container, key, value, cancellationToken));
    }

    public async Task<StoredDocument<T>> ReplaceAsync<T>(string container, DocumentKey key, T value, string ifMatchETag, CancellationToken cancellationToken)
    {
        using var span = Start("replace", container);
        return await Traced(span, inner.ReplaceAsync(container, key, value, ifMatchETag, cancellationToken));
    }

    public async Task<StoredDocument<T>> UpsertAsync<T>(string container, DocumentKey key, T value, CancellationToken cancellationToken)
    {
        using var span = Start("upsert", container);
        return await Traced(span, inner.UpsertAsync(container, key, value, cancellationToken));
    }

    public async Task DeleteAsync(string container, DocumentKey key, string? ifMatchETag, CancellationToken cancellationToken)
    {
        using var span = Start("delete", container);
        await Traced(span, Completed(inner.DeleteAsync(container, key, ifMatchETag, cancellationToken)));
    }

    public async Task<IReadOnlyList<BatchItemResult>> ExecuteBatchAsync(string container, string partitionKey, IReadOnlyList<BatchOperation> operations, CancellationToken cancellationToken)
    {
        using var span = Start("batch", container);
        span?.SetTag("db.operation.batch.size", operations.Count);
        return await Traced(span, inner.ExecuteBatchAsync(container, partitionKey, operations, cancellationToken));
    }

    public IAsyncEnumerable<StoredDocument<T>> QueryAsync<T>(string container, string partitionKey, DocumentQuery query, CancellationToken cancellationToken) =>
        TracedQuery("query", container, inner.QueryAsync<T>(container, partitionKey, query, cancellationToken), cancellationToken);

    public IAsyncEnumerable<StoredDocument<T>> QueryAcrossPartitionsAsync<T>(string container, DocumentQuery query, CancellationToken cancellationToken) =>
        TracedQuery("query.cross_partition", container, inner.QueryAcrossPartitionsAsync<T>(container, query, cancellationToken), cancellationToken);

    private async IAsyncEnumerable<StoredDocument<T>> TracedQuery<T>(string operation, string container, IAsyncEnumerable<StoredDocument<T>> results, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var span = Start(operation, container);
        var count = 0;
        await using var enumerator = results.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            bool more;
            try
            {
                more = await enumerator.MoveNextAsync();
            }
            catch (Exception failure)
            {
                Failed(span, failure);
                throw;
            }

            if (!more)
            {
                break;
            }

            count++;
            yield return enumerator.Current;
        }

        span?.SetTag("db.response.returned_rows", count);
    }

    private Activity? Start(string operation, string container)
    {
        var span = BotTelemetry.Source.StartActivity("store " + operation + " " + container, ActivityKind.Client);
        if (span is not null)
        {
            span.SetTag("db.system.name", system);
            span.SetTag("db.operation.name", operation);
            span.SetTag("db.collection.name", container);
        }

        return span;
    }

    private static async Task<T> Traced<T>(Activity? span, Task<T> call)
    {
        try
        {
            return await call;
        }
        catch (Exception failure)
        {
            Failed(span, failure);
            throw;
        }
    }

    private static async Task<bool> Completed(Task call)
    {
        await call;
        return true;
    }

    private static void Failed(Activity? span, Exception failure)
    {
        // The type says what happened (conflict, precondition, unavailable); the message may quote a key.
        span?.SetStatus(ActivityStatusCode.Error);
        span?.SetTag("error.type", failure.GetType().Name);
    }
}
