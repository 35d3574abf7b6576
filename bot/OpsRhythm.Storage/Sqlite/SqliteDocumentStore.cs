using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Documents;

namespace OpsRhythm.Storage.Sqlite;

/// <summary>
/// The embedded document store: one SQLite file in WAL mode (readers never wait for the writer),
/// a table per container created on first use, documents as JSON with an ETag that changes on
/// every write. Writes of this process go through one gate, so they queue in memory instead of
/// spinning on SQLite's lock; another process sharing the file waits up to the busy timeout.
/// </summary>
public sealed class SqliteDocumentStore : IDocumentStore, IDisposable
{
    private readonly string _connectionString;
    private readonly int _busyTimeoutMilliseconds;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ConcurrentDictionary<string, Task> _tables = new(StringComparer.Ordinal);

    public SqliteDocumentStore(SqliteStoreOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.Path);
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        var path = System.IO.Path.GetFullPath(options.Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        _busyTimeoutMilliseconds = (int)options.BusyTimeout.TotalMilliseconds;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();

        // WAL is a property of the file: set once, every later connection uses it.
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
    }

    public async Task<StoredDocument<T>?> ReadAsync<T>(string container, DocumentKey key, CancellationToken cancellationToken)
    {
        DocumentRules.ValidateKey(key);
        try
        {
            var table = await TableAsync(container, cancellationToken);
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = SqliteSql.Read(table);
            command.Parameters.AddWithValue("$pk", key.PartitionKey);
            command.Parameters.AddWithValue("$id", key.Id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            using var document = JsonDocument.Parse(reader.GetString(0));
            return DocumentJson.TryFromDocumentOfType<T>(document, out var value) ? new StoredDocument<T>(key, value, reader.GetString(1)) : null;
        }
        catch (SqliteException exception) when (IsUnavailable(exception))
        {
            throw Unavailable("read", container, exception);
        }
    }

    public Task<StoredDocument<T>> CreateAsync<T>(string container, DocumentKey key, T value, CancellationToken cancellationToken) =>
        WriteOneAsync(container, DocumentWrite.Create(key, value, typeof(T)), value, cancellationToken);

    public Task<StoredDocument<T>> ReplaceAsync<T>(string container, DocumentKey key, T value, string ifMatchETag, CancellationToken cancellationToken) =>
        WriteOneAsync(container, DocumentWrite.Replace(key, value, typeof(T), ifMatchETag), value, cancellationToken);

    public Task<StoredDocument<T>> UpsertAsync<T>(string container, DocumentKey key, T value, CancellationToken cancellationToken) =>
        WriteOneAsync(container, DocumentWrite.Upsert(key, value, typeof(T)), value, cancellationToken);

    public async Task DeleteAsync(string container, DocumentKey key, string? ifMatchETag, CancellationToken cancellationToken) =>
        await WriteAsync(container, [DocumentWrite.Delete(key, ifMatchETag)], isBatch: false, cancellationToken);

    public IAsyncEnumerable<StoredDocument<T>> QueryAsync<T>(string container, string partitionKey, DocumentQuery query, CancellationToken cancellationToken)
    {
        DocumentRules.ValidatePartitionKey(partitionKey);
        DocumentRules.ValidateQuery(query);
        return QueryCoreAsync<T>(container, partitionKey, query, cancellationToken);
    }

    public IAsyncEnumerable<StoredDocument<T>> QueryAcrossPartitionsAsync<T>(string container, DocumentQuery query, CancellationToken cancellationToken)
    {
        DocumentRules.ValidateQuery(query);
        return QueryCoreAsync<T>(container, null, query, cancellationToken);
    }

    public Task<IReadOnlyList<BatchItemResult>> ExecuteBatchAsync(string container, string partitionKey, IReadOnlyList<BatchOperation> operations, CancellationToken cancellationToken) =>
        WriteAsync(container, DocumentWrite.FromBatch(partitionKey, operations), isBatch: true, cancellationToken);

    public void Dispose() => _writeGate.Dispose();

    private async Task<StoredDocument<T>> WriteOneAsync<T>(string container, DocumentWrite write, T value, CancellationToken cancellationToken)
    {
        var results = await WriteAsync(container, [write], isBatch: false, cancellationToken);
        return new StoredDocument<T>(write.Key, value, results[0].ETag!);
    }

    /// <summary>
    /// Applies the writes in one IMMEDIATE transaction (the write lock is taken up front, so a
    /// read-then-write never meets a newer snapshot half-way); the first failing write rolls back all.
    /// </summary>
    private async Task<IReadOnlyList<BatchItemResult>> WriteAsync(string container, IReadOnlyList<DocumentWrite> writes, bool isBatch, CancellationToken cancellationToken)
    {
        try
        {
            return await WriteCoreAsync(container, writes, isBatch, cancellationToken);
        }
        catch (SqliteException exception) when (IsUnavailable(exception))
        {
            // The transaction rolled back (or never began): nothing of the writes is stored.
            throw Unavailable("write", container, exception);
        }
    }

    /// <summary>
    /// Locked by another process past the busy timeout, disk full, I/O error, file unreachable or
    /// read-only: the store is unavailable and the user is asked to try again, as on Cosmos DB.
    /// </summary>
    private static bool IsUnavailable(SqliteException exception) =>
        (exception.SqliteErrorCode & 0xFF) is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED or SQLitePCL.raw.SQLITE_IOERR
            or SQLitePCL.raw.SQLITE_FULL or SQLitePCL.raw.SQLITE_CANTOPEN or SQLitePCL.raw.SQLITE_READONLY;

    private static StoreUnavailableException Unavailable(string operation, string container, SqliteException exception) =>
        new($"SQLite {operation} in {container} failed: {exception.Message}", exception);

    private async Task<IReadOnlyList<BatchItemResult>> WriteCoreAsync(string container, IReadOnlyList<DocumentWrite> writes, bool isBatch, CancellationToken cancellationToken)
    {
        var table = await TableAsync(container, cancellationToken);
        var timestamp = _timeProvider.GetUtcNow().ToUnixTimeSeconds();
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            var results = new List<BatchItemResult>(writes.Count);
            for (var index = 0; index < writes.Count; index++)
            {
                var (result, failure) = await ApplyAsync(connection, transaction, table, writes[index], timestamp, cancellationToken);
                if (failure is not null)
                {
                    await transaction.RollbackAsync(CancellationToken.None);
                    throw isBatch ? new BatchFailedException(index, failure) : failure;
                }

                results.Add(result!);
            }

            await transaction.CommitAsync(cancellationToken);
            return results;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static async Task<(BatchItemResult? Result, DocumentStoreException? Failure)> ApplyAsync(
        SqliteConnection connection, SqliteTransaction transaction, string table, DocumentWrite write, long timestamp, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$pk", write.Key.PartitionKey);
        command.Parameters.AddWithValue("$id", write.Key.Id);
        var etag = write.Kind == WriteKind.Delete ? null : Guid.NewGuid().ToString();
        if (write.Document is not null)
        {
            command.Parameters.AddWithValue("$type", write.TypeName);
            command.Parameters.AddWithValue("$body", Encoding.UTF8.GetString(write.Document));
            command.Parameters.AddWithValue("$etag", etag);
            command.Parameters.AddWithValue("$ts", timestamp);
        }

        if (write.IfMatchETag is not null)
        {
            command.Parameters.AddWithValue("$ifMatch", write.IfMatchETag);
        }

        command.CommandText = write.Kind switch
        {
            WriteKind.Create => SqliteSql.Insert(table),
            WriteKind.Replace => SqliteSql.Replace(table),
            WriteKind.Upsert => SqliteSql.Upsert(table),
            _ => SqliteSql.Delete(table, guarded: write.IfMatchETag is not null),
        };
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            return (new BatchItemResult(write.Key.Id, etag), null);
        }

        if (write.Kind == WriteKind.Create)
        {
            return (null, new DocumentConflictException(write.Key));
        }

        // Nothing changed: either the document is gone or its ETag moved on.
        var exists = await ExistsAsync(connection, transaction, table, write.Key, cancellationToken);
        return (null, exists ? new DocumentPreconditionFailedException(write.Key) : new DocumentNotFoundException(write.Key));
    }

    private static async Task<bool> ExistsAsync(SqliteConnection connection, SqliteTransaction transaction, string table, DocumentKey key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SqliteSql.Exists(table);
        command.Parameters.AddWithValue("$pk", key.PartitionKey);
        command.Parameters.AddWithValue("$id", key.Id);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private async IAsyncEnumerable<StoredDocument<T>> QueryCoreAsync<T>(string container, string? partitionKey, DocumentQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await TableAsync(container, cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        SqliteSql.BuildQuery(command, table, partitionKey, query);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = new DocumentKey(reader.GetString(0), reader.GetString(1));
            yield return new StoredDocument<T>(key, DocumentJson.FromDocument<T>(reader.GetString(2)), reader.GetString(3));
        }
    }

    /// <summary>
    /// Deletes the documents of <paramref name="container"/> whose per-document "ttl" has run out: what
    /// Cosmos DB does by itself, run here by a cleanup job. Returns how many were deleted.
    /// </summary>
    public async Task<int> DeleteExpiredAsync(string container, CancellationToken cancellationToken)
    {
        var table = await TableAsync(container, cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = SqliteSql.DeleteExpired(table);
            command.Parameters.AddWithValue("$now", _timeProvider.GetUtcNow().ToUnixTimeSeconds());
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException failure)
        {
            throw new StoreUnavailableException($"Deleting expired documents of {container} failed: {failure.Message}", failure);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {_busyTimeoutMilliseconds};";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The container's table, created once per store instance on first use.</summary>
    private async Task<string> TableAsync(string container, CancellationToken cancellationToken)
    {
        DocumentRules.ValidateContainer(container);
        var creation = _tables.GetOrAdd(container, name => CreateTableAsync(name));
        try
        {
            await creation.WaitAsync(cancellationToken);
        }
        catch (SqliteException)
        {
            _tables.TryRemove(new KeyValuePair<string, Task>(container, creation));
            throw;
        }

        return container;
    }

    private async Task CreateTableAsync(string table)
    {
        await _writeGate.WaitAsync();
        try
        {
            await using var connection = await OpenAsync(CancellationToken.None);
            await using var command = connection.CreateCommand();
            command.CommandText = SqliteSql.CreateTable(table);
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            _writeGate.Release();
        }
    }
}
