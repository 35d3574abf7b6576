namespace OpsRhythm.Storage.Contract;

/// <summary>Base of the store's typed failures, so callers catch one type and map each to a user answer.</summary>
public abstract class DocumentStoreException : Exception
{
    protected DocumentStoreException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}

/// <summary>Create of an id that exists (409).</summary>
public sealed class DocumentConflictException(DocumentKey key, Exception? inner = null)
    : DocumentStoreException($"Document {key} already exists.", inner)
{
    public DocumentKey Key { get; } = key;
}

/// <summary>Replace or delete with an ETag that is no longer current (412): someone else wrote first.</summary>
public sealed class DocumentPreconditionFailedException(DocumentKey key, Exception? inner = null)
    : DocumentStoreException($"Document {key} changed since it was read.", inner)
{
    public DocumentKey Key { get; } = key;
}

/// <summary>Replace or delete of a document that does not exist (404).</summary>
public sealed class DocumentNotFoundException(DocumentKey key, Exception? inner = null)
    : DocumentStoreException($"Document {key} does not exist.", inner)
{
    public DocumentKey Key { get; } = key;
}

/// <summary>The document exceeds the store's size limit (Cosmos: 2 MB).</summary>
public sealed class DocumentTooLargeException(DocumentKey key, long sizeInBytes, long limitInBytes)
    : DocumentStoreException($"Document {key} is {sizeInBytes} bytes; the limit is {limitInBytes}.")
{
    public DocumentKey Key { get; } = key;
    public long SizeInBytes { get; } = sizeInBytes;
    public long LimitInBytes { get; } = limitInBytes;
}

/// <summary>One operation of a batch failed, so none was applied.</summary>
public sealed class BatchFailedException(int failedIndex, DocumentStoreException cause)
    : DocumentStoreException($"Batch operation {failedIndex} failed: {cause.Message}", cause)
{
    public int FailedIndex { get; } = failedIndex;
    public DocumentStoreException Cause { get; } = cause;
}

/// <summary>The store is throttling (429 after the SDK's retries) or unreachable: tell the user to try again.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null)
    : DocumentStoreException(message, inner);

/// <summary>
/// An id or partition key no store accepts (empty, too long, or holding '/', '\\', '?' or '#'). The
/// product never builds one, so it comes from forged card data: answer "bad request", not "bug".
/// </summary>
public sealed class InvalidDocumentKeyException(string message, string? paramName) : ArgumentException(message, paramName);
