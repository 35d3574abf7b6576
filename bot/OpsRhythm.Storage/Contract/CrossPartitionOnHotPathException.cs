namespace OpsRhythm.Storage.Contract;

/// <summary>A query across every partition ran on a user's turn or page load (see <see cref="HotPath"/>).</summary>
public sealed class CrossPartitionOnHotPathException(string path, string container, string documentType)
    : InvalidOperationException($"A cross-partition query of {documentType} in {container} ran on a user's path ({path}); such queries are for background jobs only (docs/storage.md).");
