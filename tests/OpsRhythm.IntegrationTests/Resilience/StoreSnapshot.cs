using Microsoft.Data.Sqlite;
using OpsRhythm.Bot.Delivery;

namespace OpsRhythm.IntegrationTests.Resilience;

/// <summary>Every document of the SQLite file, read straight from its tables (one per container).</summary>
public sealed record StoreSnapshot(IReadOnlyDictionary<StoredKey, StoredRow> Documents)
{
    public static StoreSnapshot Read(string databasePath)
    {
        var documents = new Dictionary<StoredKey, StoredRow>();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"""SELECT pk, id, type, body, etag FROM "{table}" """;
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                documents[new StoredKey(table, reader.GetString(0), reader.GetString(1))] = new StoredRow(reader.GetString(2), reader.GetString(3), reader.GetString(4));
            }
        }

        return new StoreSnapshot(documents);
    }

    /// <summary>
    /// Documents added, changed or removed since <paramref name="before"/>, less the outbox dispatcher's own
    /// bookkeeping, which runs in the background whatever a request does: its heartbeats, and the removal
    /// of a pending marker whose partition it found empty.
    /// </summary>
    public IReadOnlyList<StoredChange> ChangesSince(StoreSnapshot before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return [.. AllChangesSince(before).Where(c => c.Key.PartitionKey != DispatcherHeartbeat.PartitionKey && !(c.After is null && c.Type == nameof(OutboxPending)))];
    }

    private List<StoredChange> AllChangesSince(StoreSnapshot before)
    {
        var changes = new List<StoredChange>();
        foreach (var (key, row) in Documents)
        {
            if (!before.Documents.TryGetValue(key, out var old))
            {
                changes.Add(new StoredChange(key, null, row));
            }
            else if (old.ETag != row.ETag || old.Body != row.Body)
            {
                changes.Add(new StoredChange(key, old, row));
            }
        }

        changes.AddRange(before.Documents.Where(d => !Documents.ContainsKey(d.Key)).Select(d => new StoredChange(d.Key, d.Value, null)));
        return changes;
    }
}

public sealed record StoredKey(string Container, string PartitionKey, string Id)
{
    public override string ToString() => $"{Container}/{PartitionKey}/{Id}";
}

public sealed record StoredRow(string Type, string Body, string ETag);

public sealed record StoredChange(StoredKey Key, StoredRow? Before, StoredRow? After)
{
    public string Type => (After ?? Before)!.Type;
}
