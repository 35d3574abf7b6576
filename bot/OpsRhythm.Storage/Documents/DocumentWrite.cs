using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Storage.Documents;

internal enum WriteKind
{
    Create,
    Replace,
    Upsert,
    Delete,
}

/// <summary>
/// One write with its document already serialized and checked against the limits, so a store only
/// moves bytes and maps outcomes, and both stores reject the same inputs the same way.
/// </summary>
internal sealed record DocumentWrite(WriteKind Kind, DocumentKey Key, byte[]? Document, string? TypeName, string? IfMatchETag)
{
    public int SizeInBytes => Document?.Length ?? 0;

    public static DocumentWrite Create(DocumentKey key, object? value, Type valueType) => Prepare(WriteKind.Create, key, value, valueType, null);

    public static DocumentWrite Replace(DocumentKey key, object? value, Type valueType, string ifMatchETag)
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatchETag);
        return Prepare(WriteKind.Replace, key, value, valueType, ifMatchETag);
    }

    public static DocumentWrite Upsert(DocumentKey key, object? value, Type valueType) => Prepare(WriteKind.Upsert, key, value, valueType, null);

    public static DocumentWrite Delete(DocumentKey key, string? ifMatchETag)
    {
        DocumentRules.ValidateKey(key);
        return new DocumentWrite(WriteKind.Delete, key, null, null, ifMatchETag);
    }

    public static DocumentWrite From(string partitionKey, BatchOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var key = new DocumentKey(partitionKey, operation.Id);
        return operation switch
        {
            BatchCreate create => Create(key, create.Value, create.ValueType),
            BatchReplace replace => Replace(key, replace.Value, replace.ValueType, replace.IfMatchETag),
            BatchUpsert upsert => Upsert(key, upsert.Value, upsert.ValueType),
            BatchDelete delete => Delete(key, delete.IfMatchETag),
            _ => throw new ArgumentException($"Unknown batch operation {operation.GetType().Name}.", nameof(operation)),
        };
    }

    /// <summary>
    /// Prepares every operation of a batch, in order; a document over the size limit fails the batch
    /// naming its index, like any other failing operation.
    /// </summary>
    public static IReadOnlyList<DocumentWrite> FromBatch(string partitionKey, IReadOnlyList<BatchOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        DocumentRules.ValidatePartitionKey(partitionKey);
        if (operations.Count is 0 or > DocumentRules.MaxBatchOperations)
        {
            throw new ArgumentException($"A batch holds 1 to {DocumentRules.MaxBatchOperations} operations; this one has {operations.Count}.", nameof(operations));
        }

        var writes = new List<DocumentWrite>(operations.Count);
        long total = 0;
        for (var index = 0; index < operations.Count; index++)
        {
            try
            {
                writes.Add(From(partitionKey, operations[index]));
            }
            catch (DocumentTooLargeException tooLarge)
            {
                throw new BatchFailedException(index, tooLarge);
            }

            total += writes[^1].SizeInBytes;
        }

        if (total > DocumentRules.MaxBatchBytes)
        {
            throw new DocumentTooLargeException(new DocumentKey(partitionKey, "(batch)"), total, DocumentRules.MaxBatchBytes);
        }

        return writes;
    }

    private static DocumentWrite Prepare(WriteKind kind, DocumentKey key, object? value, Type valueType, string? ifMatchETag)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(valueType);
        DocumentRules.ValidateKey(key);
        var document = DocumentJson.ToDocument(key, value, valueType);
        DocumentRules.ValidateSize(key, document.Length);
        return new DocumentWrite(kind, key, document, valueType.Name, ifMatchETag);
    }
}
