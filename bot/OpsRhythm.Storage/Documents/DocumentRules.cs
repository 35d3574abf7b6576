using System.Text.RegularExpressions;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Storage.Documents;

/// <summary>
/// Cosmos DB's limits, enforced by both stores so a document the embedded store accepts in
/// development is never one production rejects.
/// </summary>
public static partial class DocumentRules
{
    /// <summary>Cosmos DB's maximum item size: 2 MB of UTF-8 JSON.</summary>
    public const int MaxDocumentBytes = 2 * 1024 * 1024;

    /// <summary>Cosmos DB's TransactionalBatch limits: 100 operations, 2 MB of request.</summary>
    public const int MaxBatchOperations = 100;

    public const int MaxBatchBytes = 2 * 1024 * 1024;

    private const int MaxIdLength = 255;

    internal static void ValidateContainer(string container)
    {
        ArgumentException.ThrowIfNullOrEmpty(container);
        if (!ContainerName().IsMatch(container))
        {
            throw new ArgumentException($"Container name \"{container}\" must be lower-case letters, digits or '-', starting with a letter.", nameof(container));
        }
    }

    internal static void ValidateKey(DocumentKey key)
    {
        ValidatePartitionKey(key.PartitionKey);
        if (string.IsNullOrEmpty(key.Id) || key.Id.Length > MaxIdLength || key.Id.AsSpan().IndexOfAny("/\\?#") >= 0)
        {
            throw new InvalidDocumentKeyException($"Document id \"{key.Id}\" must be at most {MaxIdLength} characters without '/', '\\', '?' or '#' (Cosmos DB rejects them).", nameof(key));
        }
    }

    internal static void ValidatePartitionKey(string partitionKey)
    {
        if (string.IsNullOrEmpty(partitionKey))
        {
            throw new InvalidDocumentKeyException("The partition key must not be empty.", nameof(partitionKey));
        }
    }

    internal static void ValidateSize(DocumentKey key, int sizeInBytes)
    {
        if (sizeInBytes > MaxDocumentBytes)
        {
            throw new DocumentTooLargeException(key, sizeInBytes, MaxDocumentBytes);
        }
    }

    internal static void ValidateQuery(DocumentQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrEmpty(query.DocumentType, nameof(query));
        foreach (var filter in query.Filters)
        {
            ValidatePropertyPath(filter.Property);
        }

        if (query.OrderBy is not null)
        {
            ValidatePropertyPath(query.OrderBy);
        }

        if (query.Limit is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Limit, "A query limit must be positive.");
        }

        IssuedQueries.Observer?.Invoke(query);
    }

    /// <summary>Property paths are spliced into SQL (json path, Cosmos SQL), so only plain identifiers pass.</summary>
    private static void ValidatePropertyPath(string path)
    {
        if (string.IsNullOrEmpty(path) || !PropertyPath().IsMatch(path))
        {
            throw new ArgumentException($"Query property \"{path}\" must be a camelCase property name (dotted for nested properties).", nameof(path));
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerName();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex PropertyPath();
}
