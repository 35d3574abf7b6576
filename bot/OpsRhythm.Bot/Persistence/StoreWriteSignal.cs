using System.Collections.Concurrent;

namespace OpsRhythm.Bot.Persistence;

/// <summary>
/// A version per container and partition, raised after every write this instance makes through the
/// store: a read cache keeps an entry only while its partition's version is the one it read under, so
/// the bot never shows its own writes stale (another instance's writes: the cache's lifetime).
/// </summary>
internal sealed class StoreWriteSignal
{
    private readonly ConcurrentDictionary<(string Container, string PartitionKey), long> _versions = new();

    public long VersionOf(string container, string partitionKey) => _versions.GetValueOrDefault((container, partitionKey));

    public void Written(string container, string partitionKey) =>
        _versions.AddOrUpdate((container, partitionKey), 1, (_, version) => version + 1);
}
