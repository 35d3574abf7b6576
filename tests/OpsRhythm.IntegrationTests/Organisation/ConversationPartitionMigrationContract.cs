using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Organisation;

/// <summary>
/// Conversation records move from the shared partition "conv" to "conv:{id}" at start, once, and the
/// directory finds them there; run on SQLite and on the Cosmos DB-compatible server.
/// </summary>
public abstract class ConversationPartitionMigrationContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8));

    protected abstract IDocumentStore Store { get; }

    [ContractFact]
    public async Task StartAsync_RecordsInTheSharedPartition_MovesEachToItsOwnAndTheDirectoryFindsThem()
    {
        var person = "p-" + Guid.NewGuid().ToString("N");
        var channel = "19:" + Guid.NewGuid().ToString("N") + "@thread.tacv2";
        var legacy = new DocumentKey(ConversationDirectory.LegacyPartitionKey, "person:" + person);
        await Store.CreateAsync(StorageContainers.Organisation, legacy, new ConversationRecord(Reference("a:1" + person), Now), CancellationToken.None);
        await Store.CreateAsync(StorageContainers.Organisation, legacy with { Id = "channel:" + channel }, new ConversationRecord(Reference(channel), Now), CancellationToken.None);
        await Store.CreateAsync(StorageContainers.Organisation, legacy with { Id = "welcome:a:1" + person }, new WelcomeRecord(Now), CancellationToken.None);
        await Store.CreateAsync(StorageContainers.Organisation, legacy with { Id = $"blocked:Person:{person}" }, new BlockedConversationRecord(OutboxTarget.Person(person), "a:1" + person, Now), CancellationToken.None);
        var migration = new ConversationPartitionMigration(Store, NullLogger<ConversationPartitionMigration>.Instance);

        await migration.StartAsync(CancellationToken.None);
        await migration.StartAsync(CancellationToken.None);

        var directory = new ConversationDirectory(Store, new FakeTimeProvider(Now));
        Assert.Equal("a:1" + person, (await directory.FindForPersonAsync(person, CancellationToken.None))!.Conversation.Id);
        Assert.Equal(channel, (await directory.FindForChannelAsync(channel, CancellationToken.None))!.Conversation.Id);
        Assert.NotNull(await Store.ReadAsync<BlockedConversationRecord>(StorageContainers.Organisation, new DocumentKey("conv:" + person, $"blocked:Person:{person}"), CancellationToken.None));
        Assert.NotNull(await Store.ReadAsync<WelcomeRecord>(StorageContainers.Organisation, new DocumentKey("conv:a:1" + person, "welcome:a:1" + person), CancellationToken.None));
        Assert.Null(await Store.ReadAsync<ConversationRecord>(StorageContainers.Organisation, legacy, CancellationToken.None));
        Assert.Equal(0, await CountLegacyAsync());
    }

    [ContractFact]
    public async Task StartAsync_RecordWrittenAnewSinceTheOldOne_KeepsTheNewOne()
    {
        var person = "p-" + Guid.NewGuid().ToString("N");
        await Store.CreateAsync(StorageContainers.Organisation, new DocumentKey(ConversationDirectory.LegacyPartitionKey, "person:" + person), new ConversationRecord(Reference("a:old"), Now), CancellationToken.None);
        await Store.CreateAsync(StorageContainers.Organisation, new DocumentKey("conv:" + person, "person:" + person), new ConversationRecord(Reference("a:new"), Now), CancellationToken.None);

        await new ConversationPartitionMigration(Store, NullLogger<ConversationPartitionMigration>.Instance).StartAsync(CancellationToken.None);

        var directory = new ConversationDirectory(Store, new FakeTimeProvider(Now));
        Assert.Equal("a:new", (await directory.FindForPersonAsync(person, CancellationToken.None))!.Conversation.Id);
    }

    private static ConversationReference Reference(string conversationId) =>
        new("https://smba.example.test/", "msteams", new ConversationAccount(conversationId), new ChannelAccount("28:bot"), null, "tenant");

    private async Task<int> CountLegacyAsync()
    {
        var count = 0;
        await foreach (var unused in Store.QueryAsync<ConversationRecord>(StorageContainers.Organisation, ConversationDirectory.LegacyPartitionKey, DocumentQuery.Of<ConversationRecord>(), CancellationToken.None))
        {
            count++;
        }

        return count;
    }
}
