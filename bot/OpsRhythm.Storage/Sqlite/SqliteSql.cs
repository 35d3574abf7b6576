using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Documents;

namespace OpsRhythm.Storage.Sqlite;

/// <summary>
/// The SQL of the embedded store: one table per container, documents as JSON text beside their key,
/// type and ETag columns. Table names are validated container names; values are always parameters.
/// </summary>
internal static class SqliteSql
{
    public static string CreateTable(string table) =>
        $"""
        CREATE TABLE IF NOT EXISTS "{table}" (
            pk TEXT NOT NULL,
            id TEXT NOT NULL,
            type TEXT NOT NULL,
            body TEXT NOT NULL,
            etag TEXT NOT NULL,
            ts INTEGER NOT NULL,
            PRIMARY KEY (pk, id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS "ix_{table}_pk_type" ON "{table}" (pk, type);
        CREATE INDEX IF NOT EXISTS "ix_{table}_type_pk" ON "{table}" (type, pk);
        CREATE INDEX IF NOT EXISTS "ix_{table}_pk_type_status_shard" ON "{table}" (pk, type, json_extract(body, '$.status'), json_extract(body, '$.shard'));
        """;

    public static string Read(string table) => $"""SELECT body, etag FROM "{table}" WHERE pk = $pk AND id = $id""";

    public static string Exists(string table) => $"""SELECT etag FROM "{table}" WHERE pk = $pk AND id = $id""";

    public static string Insert(string table) =>
        $"""INSERT INTO "{table}" (pk, id, type, body, etag, ts) VALUES ($pk, $id, $type, $body, $etag, $ts) ON CONFLICT (pk, id) DO NOTHING""";

    public static string Replace(string table) =>
        $"""UPDATE "{table}" SET type = $type, body = $body, etag = $etag, ts = $ts WHERE pk = $pk AND id = $id AND etag = $ifMatch""";

    public static string Upsert(string table) =>
        $"""
        INSERT INTO "{table}" (pk, id, type, body, etag, ts) VALUES ($pk, $id, $type, $body, $etag, $ts)
        ON CONFLICT (pk, id) DO UPDATE SET type = excluded.type, body = excluded.body, etag = excluded.etag, ts = excluded.ts
        """;

    public static string Delete(string table, bool guarded) =>
        $"""DELETE FROM "{table}" WHERE pk = $pk AND id = $id""" + (guarded ? " AND etag = $ifMatch" : string.Empty);

    /// <summary>
    /// Documents whose "ttl" (seconds since their last write, as Cosmos DB's per-item TTL with the
    /// container's default at -1) has run out; documents without one never expire.
    /// </summary>
    public static string PurgeExpired(string table) =>
        $"""DELETE FROM "{table}" WHERE json_type(body, '$.ttl') = 'integer' AND json_extract(body, '$.ttl') > 0 AND ts + json_extract(body, '$.ttl') <= $now""";

    /// <summary>
    /// A query of one type, in one partition or all: equality filters and ordering through
    /// json_extract, so the (pk, type) index narrows the scan and JSON does the rest.
    /// </summary>
    public static void BuildQuery(SqliteCommand command, string table, string? partitionKey, DocumentQuery query)
    {
        var sql = new StringBuilder($"""SELECT pk, id, body, etag FROM "{table}" WHERE type = $type""");
        command.Parameters.AddWithValue("$type", query.DocumentType);
        if (partitionKey is not null)
        {
            sql.Append(" AND pk = $pk");
            command.Parameters.AddWithValue("$pk", partitionKey);
        }

        for (var index = 0; index < query.Filters.Count; index++)
        {
            var filter = query.Filters[index];
            var path = JsonPath(filter.Property);
            var value = DocumentJson.ToScalar(filter.Value);
            if (value is null)
            {
                // json_extract maps JSON null and a missing property both to SQL NULL; Cosmos's
                // "= null" matches only an explicit null, and json_type tells the two apart.
                sql.Append(CultureInfo.InvariantCulture, $" AND json_type(body, '{path}') = 'null'");
                continue;
            }

            if (value is bool flag)
            {
                // json_extract turns true into 1, which would also match the number 1.
                sql.Append(CultureInfo.InvariantCulture, $" AND json_type(body, '{path}') = '{(flag ? "true" : "false")}'");
                continue;
            }

            var name = "$p" + index.ToString(CultureInfo.InvariantCulture);
            sql.Append(CultureInfo.InvariantCulture, $" AND json_extract(body, '{path}') = {name}");
            command.Parameters.AddWithValue(name, value);
        }

        if (query.OrderBy is not null)
        {
            var direction = query.Descending ? "DESC" : "ASC";
            sql.Append(CultureInfo.InvariantCulture, $" ORDER BY json_extract(body, '{JsonPath(query.OrderBy)}') {direction}, pk {direction}, id {direction}");
        }

        if (query.Limit is { } limit)
        {
            sql.Append(" LIMIT $limit");
            command.Parameters.AddWithValue("$limit", limit);
        }

        command.CommandText = sql.ToString();
    }

    private static string JsonPath(string property) => "$." + property;
}
