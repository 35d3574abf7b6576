using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Persistence;

/// <summary>
/// Changes that grow with the organisation never overflow a batch (100 operations, 2 MB): messages
/// beyond it are committed as one fan-out (expanded by the dispatcher), created documents as a spill
/// written out right after, and a spill left by a crash is finished once. Run on SQLite and the Cosmos
/// DB-compatible server.
/// </summary>
public abstract class LargeChangeContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8));

    protected abstract IDocumentStore Store { get; }

    [ContractFact]
    public async Task CommitAsync_250DocumentsAnd130Messages_WritesEveryOneOnceAndNoSpillRemains()
    {
        var key = NewKey();

        await new ChangeWriter(Store).CommitAsync(Large(key, ifMatch: null, documents: 250, messages: 130), CancellationToken.None);
        await new OutboxFanOutExpander(Store, TimeProvider.System).ExpandAsync(StorageContainers.Plans, key.PartitionKey, CancellationToken.None);

        Assert.Equal("opened", (await Store.ReadAsync<ContractItem>(StorageContainers.Plans, key, CancellationToken.None))!.Value.Name);
        Assert.Equal(250, await CountAsync<ContractOtherItem>(key.PartitionKey));
        Assert.Equal(130, await CountAsync<OutboxMessage>(key.PartitionKey));
        Assert.Equal(1, await CountAsync<AuditEvent>(key.PartitionKey));
        Assert.Equal(0, await CountAsync<MessageSpill>(key.PartitionKey));
    }

    [ContractFact]
    public async Task CommitAsync_LargeChangeOnAStaleVersion_WritesNoneOfItsDocumentsOrMessages()
    {
        var key = NewKey();
        var writer = new ChangeWriter(Store);
        var first = await writer.CommitAsync(Large(key, ifMatch: null, documents: 0, messages: 1), CancellationToken.None);
        await writer.CommitAsync(Large(key, first.ETag, documents: 0, messages: 0) with { Audit = [] }, CancellationToken.None);

        await Assert.ThrowsAsync<DocumentPreconditionFailedException>(
            () => writer.CommitAsync(Large(key, first.ETag, documents: 150, messages: 150) with { Audit = [] }, CancellationToken.None));

        Assert.Equal(0, await CountAsync<ContractOtherItem>(key.PartitionKey));
        Assert.Equal(1, await CountAsync<OutboxMessage>(key.PartitionKey));
        Assert.Equal(0, await CountAsync<MessageSpill>(key.PartitionKey));
    }

    [ContractFact]
    public async Task RecoveryJob_SpillLeftHalfWrittenByACrash_FinishesItWritingEachDocumentOnce()
    {
        var key = NewKey();
        var plans = Enumerable.Range(0, 150).Select(i => new BatchCreate($"plan-{i}", new ContractOtherItem($"部门 {i}", i), typeof(ContractOtherItem))).ToList();
        var spill = new MessageSpill(MessageSpill.NewId(), [.. plans.Select(SpilledDocument.Of)], Now);
        await Store.CreateAsync(StorageContainers.Plans, key with { Id = spill.Id }, spill, CancellationToken.None);
        foreach (var written in plans.Take(40))
        {
            // What the writer got out before it stopped.
            await Store.CreateAsync(StorageContainers.Plans, key with { Id = written.Id }, (ContractOtherItem)written.Value, CancellationToken.None);
        }

        var time = new FakeTimeProvider(Now + MessageSpillRecoveryJob.Grace + TimeSpan.FromMinutes(1));
        var job = new MessageSpillRecoveryJob(Store, time, NullLogger<MessageSpillRecoveryJob>.Instance);
        await job.RunAsync(time.GetUtcNow(), CancellationToken.None);
        await job.RunAsync(time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(150, await CountAsync<ContractOtherItem>(key.PartitionKey));
        Assert.Equal(0, await CountAsync<MessageSpill>(key.PartitionKey));
    }

    private static DocumentKey NewKey() => new("cycle-" + Guid.NewGuid().ToString("N"), "cycle");

    private static List<OutboxMessage> Messages(int count) =>
        [.. Enumerable.Range(0, count).Select(i => OutboxMessage.Create(OutboxTarget.Person($"head-{i}"), ActivityFactory.Text($"计划已开启 {i}"), $"open:head-{i}", Now))];

    private static Change<ContractItem> Large(DocumentKey key, string? ifMatch, int documents, int messages) =>
        new(StorageContainers.Plans, key, new ContractItem("opened", 1), ifMatch)
        {
            Audit = [new AuditEvent("audit-" + Guid.NewGuid().ToString("N"), "PlanCycle", key.Id, "open", "wang-fang", Now)],
            Messages = Messages(messages),
            Also = [.. Enumerable.Range(0, documents).Select(i => BatchOperation.Create($"plan-{i}", new ContractOtherItem($"部门 {i}", i)))],
        };

    private async Task<int> CountAsync<T>(string partitionKey)
    {
        var count = 0;
        await foreach (var unused in Store.QueryAsync<T>(StorageContainers.Plans, partitionKey, DocumentQuery.Of<T>(), CancellationToken.None))
        {
            count++;
        }

        return count;
    }
}
