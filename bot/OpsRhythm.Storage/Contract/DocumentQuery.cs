namespace OpsRhythm.Storage.Contract;

/// <summary>
/// The query shape both stores support: one document type, equality filters on top-level properties
/// (camelCase JSON names), an optional ordering property. Deliberately small, so every query maps to
/// an indexed single-partition Cosmos query and an indexed SQLite lookup.
/// </summary>
public sealed record DocumentQuery(string DocumentType)
{
    public IReadOnlyList<QueryFilter> Filters { get; init; } = [];

    public string? OrderBy { get; init; }

    public bool Descending { get; init; }

    public int? Limit { get; init; }

    public static DocumentQuery Of<T>() => new(DocumentTypes.NameOf<T>());

    public DocumentQuery Where(string property, object? value) => this with { Filters = [.. Filters, new QueryFilter(property, value)] };

    public DocumentQuery OrderedBy(string property, bool descending = false) => this with { OrderBy = property, Descending = descending };

    public DocumentQuery Take(int limit) => this with { Limit = limit };
}

/// <summary>An equality filter; <see cref="Value"/> is a string, number, boolean or null.</summary>
public sealed record QueryFilter(string Property, object? Value);
