using Moq;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.UnitTests.Delivery;

/// <summary>
/// A store of dispatcher heartbeats only, as <see cref="DispatcherMembership"/> writes and reads them: an upsert
/// keeps the heartbeat under its id, the query returns every heartbeat kept. Tests add or age others' heartbeats in
/// <see cref="Heartbeats"/> directly.
/// </summary>
internal sealed class HeartbeatStore
{
    public HeartbeatStore()
    {
        Store.Setup(s => s.UpsertAsync(StorageContainers.Jobs, It.IsAny<DocumentKey>(), It.IsAny<DispatcherHeartbeat>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, DocumentKey key, DispatcherHeartbeat beat, CancellationToken _) =>
            {
                Heartbeats[key.Id] = beat;
                return new StoredDocument<DispatcherHeartbeat>(key, beat, "e");
            });
        Store.Setup(s => s.QueryAsync<DispatcherHeartbeat>(StorageContainers.Jobs, DispatcherHeartbeat.PartitionKey, It.IsAny<DocumentQuery>(), It.IsAny<CancellationToken>()))
            .Returns(() => Heartbeats.Values.Select(h => new StoredDocument<DispatcherHeartbeat>(new DocumentKey(DispatcherHeartbeat.PartitionKey, h.InstanceId), h, "e")).ToList().ToAsyncEnumerable());
    }

    /// <summary>The heartbeats by id.</summary>
    public Dictionary<string, DispatcherHeartbeat> Heartbeats { get; } = new(StringComparer.Ordinal);

    public Mock<IDocumentStore> Store { get; } = new();
}
