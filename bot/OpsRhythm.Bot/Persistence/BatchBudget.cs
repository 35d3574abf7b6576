using System.Text.Json;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Documents;

namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// What one batch may hold, with headroom under Cosmos DB's limits (100 operations, 2 MB of
/// request) for the envelope and the id, pk and type every document gains when stored.
/// </summary>
internal static class BatchBudget
{
    public const int MaxOperations = DocumentRules.MaxBatchOperations;

    /// <summary>Serialized values of one batch stay under this (the limit less a quarter for the envelope).</summary>
    public const int MaxBytes = DocumentRules.MaxBatchBytes / 4 * 3;

    /// <summary>A spill document stays well under the 2 MB document limit.</summary>
    public const int MaxSpillBytes = DocumentRules.MaxDocumentBytes / 2;

    public static int SizeOf(object? value, Type type) =>
        value is null ? 0 : JsonSerializer.SerializeToUtf8Bytes(value, type, DocumentJson.Options).Length + 64;

    public static int SizeOf(BatchOperation operation) => operation switch
    {
        BatchCreate c => SizeOf(c.Value, c.ValueType),
        BatchReplace r => SizeOf(r.Value, r.ValueType),
        BatchUpsert u => SizeOf(u.Value, u.ValueType),
        _ => 64,
    };

    /// <summary>Splits <paramref name="items"/> in order into runs of at most <paramref name="maxCount"/> items and <see cref="MaxBytes"/>.</summary>
    public static IEnumerable<List<T>> Chunks<T>(IEnumerable<T> items, Func<T, int> size, int maxCount, int maxBytes = MaxBytes)
    {
        var chunk = new List<T>();
        var bytes = 0;
        foreach (var item in items)
        {
            var itemBytes = size(item);
            if (chunk.Count > 0 && (chunk.Count >= maxCount || bytes + itemBytes > maxBytes))
            {
                yield return chunk;
                chunk = [];
                bytes = 0;
            }

            chunk.Add(item);
            bytes += itemBytes;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }
}
