namespace OpsRhythm.Storage.Contract;

/// <summary>One operation of an atomic batch in a single partition.</summary>
public abstract record BatchOperation(string Id)
{
    public static BatchOperation Create<T>(string id, T value) => new BatchCreate(id, value!, typeof(T));

    public static BatchOperation Replace<T>(string id, T value, string ifMatchETag) => new BatchReplace(id, value!, typeof(T), ifMatchETag);

    public static BatchOperation Upsert<T>(string id, T value) => new BatchUpsert(id, value!, typeof(T));

    public static BatchOperation Delete(string id, string? ifMatchETag = null) => new BatchDelete(id, ifMatchETag);
}

public sealed record BatchCreate(string Id, object Value, Type ValueType) : BatchOperation(Id);

public sealed record BatchReplace(string Id, object Value, Type ValueType, string IfMatchETag) : BatchOperation(Id);

public sealed record BatchUpsert(string Id, object Value, Type ValueType) : BatchOperation(Id);

public sealed record BatchDelete(string Id, string? IfMatchETag) : BatchOperation(Id);

/// <summary>The outcome of one batch operation: its id and new ETag (null for a delete).</summary>
public sealed record BatchItemResult(string Id, string? ETag);
