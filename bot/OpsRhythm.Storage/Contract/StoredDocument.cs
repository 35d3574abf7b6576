namespace OpsRhythm.Storage.Contract;

/// <summary>A document as read or written, with the ETag to pass to the next replace.</summary>
public sealed record StoredDocument<T>(DocumentKey Key, T Value, string ETag);
