using System.Net;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Documents;

namespace OpsRhythm.Storage.Cosmos;

/// <summary>What a Cosmos DB status code means to the store's callers.</summary>
internal static class CosmosFailures
{
    /// <summary>
    /// The typed failure for a status the product handles (conflict, stale ETag, missing, too large,
    /// busy), or null for anything else, which is a bug or an outage the caller cannot act on.
    /// </summary>
    public static DocumentStoreException? ToException(HttpStatusCode status, DocumentKey key, long sizeInBytes, string? message) => status switch
    {
        HttpStatusCode.Conflict => new DocumentConflictException(key),
        HttpStatusCode.PreconditionFailed => new DocumentPreconditionFailedException(key),
        HttpStatusCode.NotFound => new DocumentNotFoundException(key),
        HttpStatusCode.RequestEntityTooLarge => new DocumentTooLargeException(key, sizeInBytes, DocumentRules.MaxDocumentBytes),
        _ when IsUnavailable(status) => new StoreUnavailableException($"Cosmos DB answered {(int)status} for {key}: {message}"),
        _ => null,
    };

    /// <summary>Throttled after the SDK's own retries, or the service/network not answering: try again later.</summary>
    public static bool IsUnavailable(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests
            or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.RequestTimeout
            or HttpStatusCode.Gone
            or HttpStatusCode.InternalServerError
            or HttpStatusCode.GatewayTimeout;
}
