using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Delivery;

/// <summary>
/// A change that notifies more people than one batch holds (Cosmos DB: 100 operations, 2 MB) still
/// commits atomically, as one fan-out document, and is expanded into each message exactly once. On its
/// own store (fixture), so no dispatcher of another test sends these 5,000 messages.
/// </summary>
public abstract class OutboxFanOutContract
{
    protected abstract IDocumentStore Store { get; }

    [ContractFact]
    public async Task Announcement_ToFiveThousandPeople_CommitsAtomicallyAndExpandsToEachMessageOnce()
    {
        var key = new DocumentKey("announce-" + Guid.NewGuid().ToString("N"), "announcement");
        var messages = AnnouncementRecipients.Of(key.PartitionKey, 5_000, distinctTexts: false);
        var writer = new ChangeWriter(Store);

        var stored = await writer.CommitAsync(new Change<ContractItem>(StorageContainers.Plans, key, new ContractItem("公告", 1), null) { Messages = messages }, CancellationToken.None);

        // A stale change with as many messages writes nothing at all: no state, no second fan-out.
        await Assert.ThrowsAsync<DocumentPreconditionFailedException>(() => writer.CommitAsync(
            new Change<ContractItem>(StorageContainers.Plans, key, new ContractItem("公告", 2), "\"stale\"") { Messages = AnnouncementRecipients.Of(key.PartitionKey, 5_000, "again", distinctTexts: false) },
            CancellationToken.None));
        Assert.Equal(1, (await Store.ReadAsync<ContractItem>(StorageContainers.Plans, key, CancellationToken.None))!.Value.Count);
        Assert.Empty(await AllAsync<OutboxMessage>(key.PartitionKey));
        Assert.Single(await AllAsync<OutboxFanOut>(key.PartitionKey));
        Assert.NotNull(stored.ETag);

        // Two instances expanding at once: the cursor's ETag lets one commit each step.
        var one = new OutboxFanOutExpander(Store, TimeProvider.System);
        var two = new OutboxFanOutExpander(Store, TimeProvider.System);
        await Task.WhenAll(one.ExpandAsync(StorageContainers.Plans, key.PartitionKey, CancellationToken.None), two.ExpandAsync(StorageContainers.Plans, key.PartitionKey, CancellationToken.None));
        await one.ExpandAsync(StorageContainers.Plans, key.PartitionKey, CancellationToken.None);

        var queued = await AllAsync<OutboxMessage>(key.PartitionKey);
        Assert.Equal(messages.Select(m => m.Id).Order(StringComparer.Ordinal), queued.Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.All(queued, m => Assert.Equal(OutboxStatus.Pending, m.Status));
        Assert.All(queued, m => Assert.Equal(OutboxShards.Of(m.Target), m.Shard));
        Assert.Empty(await AllAsync<OutboxFanOut>(key.PartitionKey));
        Assert.Empty(await AllAsync<OutboxFanOutCursor>(key.PartitionKey));
        Assert.Equal(messages.Count(m => m.Activity.GetRawText().Contains("zh", StringComparison.Ordinal)), queued.Count(m => m.Activity.GetRawText().Contains("zh", StringComparison.Ordinal)));
    }

    private async Task<List<T>> AllAsync<T>(string partition) => [.. (await AllDocumentsAsync<T>(partition)).Select(d => d.Value)];

    private async Task<List<StoredDocument<T>>> AllDocumentsAsync<T>(string partition)
    {
        var all = new List<StoredDocument<T>>();
        await foreach (var document in Store.QueryAsync<T>(StorageContainers.Plans, partition, DocumentQuery.Of<T>(), CancellationToken.None))
        {
            all.Add(document);
        }

        return all;
    }

}
