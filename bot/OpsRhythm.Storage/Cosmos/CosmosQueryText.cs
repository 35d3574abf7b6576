using System.Globalization;
using System.Text;
using Microsoft.Azure.Cosmos;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Documents;

namespace OpsRhythm.Storage.Cosmos;

/// <summary>
/// Turns a <see cref="DocumentQuery"/> into parameterized Cosmos SQL. The partition key is in the
/// WHERE clause as well as in the request options, so the query is scoped even by servers that
/// ignore the header, and every value is a parameter.
/// </summary>
internal static class CosmosQueryText
{
    private static readonly HashSet<string> ReservedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "array", "as", "asc", "between", "by", "case", "cast", "convert", "count", "cross", "desc", "distinct",
        "else", "end", "escape", "exists", "false", "for", "from", "group", "having", "in", "inner", "insert", "into",
        "is", "join", "left", "like", "limit", "not", "null", "offset", "on", "or", "order", "outer", "over", "right",
        "select", "set", "then", "top", "true", "udf", "undefined", "update", "value", "when", "where", "with",
    };

    public static QueryDefinition Build(string? partitionKey, DocumentQuery query)
    {
        var sql = new StringBuilder("SELECT ");
        if (query.Limit is { } limit)
        {
            sql.Append(CultureInfo.InvariantCulture, $"TOP {limit} ");
        }

        sql.Append("* FROM c WHERE c.type = @type");
        var parameters = new List<(string Name, object? Value)> { ("@type", query.DocumentType) };
        if (partitionKey is not null)
        {
            sql.Append(" AND c.pk = @pk");
            parameters.Add(("@pk", partitionKey));
        }

        for (var index = 0; index < query.Filters.Count; index++)
        {
            var name = "@p" + index.ToString(CultureInfo.InvariantCulture);
            sql.Append(CultureInfo.InvariantCulture, $" AND {Path(query.Filters[index].Property)} = {name}");
            parameters.Add((name, DocumentJson.ToScalar(query.Filters[index].Value)));
        }

        if (query.OrderBy is not null)
        {
            sql.Append(CultureInfo.InvariantCulture, $" ORDER BY {Path(query.OrderBy)} {(query.Descending ? "DESC" : "ASC")}");
        }

        var definition = new QueryDefinition(sql.ToString());
        foreach (var (name, value) in parameters)
        {
            definition = definition.WithParameter(name, value);
        }

        return definition;
    }

    /// <summary>c.stage, or c["count"] where a segment is a keyword of Cosmos SQL.</summary>
    private static string Path(string property)
    {
        var path = new StringBuilder("c");
        foreach (var segment in property.Split('.'))
        {
            path.Append(ReservedWords.Contains(segment) ? $"[\"{segment}\"]" : "." + segment);
        }

        return path.ToString();
    }
}
