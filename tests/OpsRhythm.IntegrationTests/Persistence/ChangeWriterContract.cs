using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Persistence;

/// <summary>
/// ChangeWriter on a real store: state, audit and outbox land together or not at all, and a message
/// already queued under its idempotency key is a no-op rather than a failed change. Run against
/// SQLite and the Cosmos DB-compatible server by the subclasses.
/// </summary>
public abstract class ChangeWriterContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8));

    protected abstract IDocumentStore Store { get; }

    [ContractFact]
    public async Task CommitAsync_NewState_WritesStateAuditAndOutboxInItsPartition()
    {
        var writer = new ChangeWriter(Store);
        var key = NewKey();

        var stored = await writer.CommitAsync(Change(key, "草稿", ifMatch: null, "audit-1", "notify-1"), CancellationToken.None);

        var read = await Store.ReadAsync<ContractItem>(StorageContainers.Plans, key, CancellationToken.None);
        Assert.Equal(stored.ETag, read!.ETag);
        Assert.NotNull(await Store.ReadAsync<AuditEvent>(StorageContainers.Plans, key with { Id = "audit-1" }, CancellationToken.None));
        var outbox = await Store.ReadAsync<OutboxMessage>(StorageContainers.Plans, key with { Id = "outbox:notify-1" }, CancellationToken.None);
        Assert.Equal("notify-1", outbox!.Value.IdempotencyKey);
        Assert.Equal(OutboxTarget.Person("li-qiang"), outbox.Value.Target);
    }

    [ContractFact]
    public async Task CommitAsync_StaleETag_ThrowsPreconditionFailedAndWritesNoAuditOrOutbox()
    {
        var writer = new ChangeWriter(Store);
        var key = NewKey();
        var first = await writer.CommitAsync(Change(key, "草稿", ifMatch: null, "audit-1", "notify-1"), CancellationToken.None);
        await writer.CommitAsync(Change(key, "已提交", first.ETag, "audit-2", "notify-2"), CancellationToken.None);

        await Assert.ThrowsAsync<DocumentPreconditionFailedException>(
            () => writer.CommitAsync(Change(key, "已批准", first.ETag, "audit-3", "notify-3"), CancellationToken.None));

        Assert.Equal("已提交", (await Store.ReadAsync<ContractItem>(StorageContainers.Plans, key, CancellationToken.None))!.Value.Name);
        Assert.Null(await Store.ReadAsync<AuditEvent>(StorageContainers.Plans, key with { Id = "audit-3" }, CancellationToken.None));
        Assert.Null(await Store.ReadAsync<OutboxMessage>(StorageContainers.Plans, key with { Id = "outbox:notify-3" }, CancellationToken.None));
    }

    [ContractFact]
    public async Task CommitAsync_MessageKeyAlreadyQueued_CommitsStateAuditAndNewMessagesAndKeepsTheQueuedOne()
    {
        var writer = new ChangeWriter(Store);
        var key = NewKey();
        var first = await writer.CommitAsync(Change(key, "草稿", ifMatch: null, "audit-1", "notify-1"), CancellationToken.None);
        var change = Change(key, "已提交", first.ETag, "audit-2", "notify-1", "notify-2") with
        {
            Also = [BatchOperation.Create("snapshot-2", new ContractItem("快照", 2))],
        };

        var stored = await writer.CommitAsync(change, CancellationToken.None);

        var state = await Store.ReadAsync<ContractItem>(StorageContainers.Plans, key, CancellationToken.None);
        Assert.Equal(("已提交", stored.ETag), (state!.Value.Name, state.ETag));
        Assert.NotNull(await Store.ReadAsync<AuditEvent>(StorageContainers.Plans, key with { Id = "audit-2" }, CancellationToken.None));
        Assert.NotNull(await Store.ReadAsync<ContractItem>(StorageContainers.Plans, key with { Id = "snapshot-2" }, CancellationToken.None));
        Assert.NotNull(await Store.ReadAsync<OutboxMessage>(StorageContainers.Plans, key with { Id = "outbox:notify-2" }, CancellationToken.None));
        var kept = await Store.ReadAsync<OutboxMessage>(StorageContainers.Plans, key with { Id = "outbox:notify-1" }, CancellationToken.None);
        Assert.Equal("草稿", Text(kept!.Value));
    }

    [ContractFact]
    public async Task CommitAsync_SameKeyTwiceInOneChange_QueuesItOnce()
    {
        var writer = new ChangeWriter(Store);
        var key = NewKey();

        await writer.CommitAsync(Change(key, "草稿", ifMatch: null, "audit-1", "notify-1", "notify-1"), CancellationToken.None);

        var queued = new List<StoredDocument<OutboxMessage>>();
        await foreach (var message in Store.QueryAsync<OutboxMessage>(StorageContainers.Plans, key.PartitionKey, DocumentQuery.Of<OutboxMessage>(), CancellationToken.None))
        {
            queued.Add(message);
        }

        Assert.Equal(["notify-1"], queued.Select(m => m.Value.IdempotencyKey));
    }

    [ContractFact]
    public async Task CommitAsync_RetriedTurnWhoseStateCommitted_ThrowsPreconditionFailedAndQueuesNothingTwice()
    {
        var writer = new ChangeWriter(Store);
        var key = NewKey();
        var first = await writer.CommitAsync(Change(key, "草稿", ifMatch: null, "audit-1", "notify-1"), CancellationToken.None);
        var submit = Change(key, "已提交", first.ETag, "audit-2", "notify-2");
        await writer.CommitAsync(submit, CancellationToken.None);

        // The retry carries the ETag the first attempt replaced: the state's If-Match is what refuses it.
        await Assert.ThrowsAsync<DocumentPreconditionFailedException>(() => writer.CommitAsync(submit, CancellationToken.None));

        Assert.Equal("已提交", (await Store.ReadAsync<ContractItem>(StorageContainers.Plans, key, CancellationToken.None))!.Value.Name);
    }

    [ContractFact]
    public async Task CommitAsync_AuditIdExists_StillFailsTheWholeChange()
    {
        var writer = new ChangeWriter(Store);
        var key = NewKey();
        var first = await writer.CommitAsync(Change(key, "草稿", ifMatch: null, "audit-1", "notify-1"), CancellationToken.None);

        // Only messages are deduplicated: any other clash is a real conflict and nothing is written.
        var error = await Assert.ThrowsAsync<BatchFailedException>(
            () => writer.CommitAsync(Change(key, "已提交", first.ETag, "audit-1", "notify-2"), CancellationToken.None));

        Assert.IsType<DocumentConflictException>(error.Cause);
        Assert.Equal("草稿", (await Store.ReadAsync<ContractItem>(StorageContainers.Plans, key, CancellationToken.None))!.Value.Name);
        Assert.Null(await Store.ReadAsync<OutboxMessage>(StorageContainers.Plans, key with { Id = "outbox:notify-2" }, CancellationToken.None));
    }

    private static DocumentKey NewKey() => new("cycle-" + Guid.NewGuid().ToString("N"), "plan-sales");

    private static string Text(OutboxMessage message) => message.Activity.GetProperty("text").GetString()!;

    private static Change<ContractItem> Change(DocumentKey key, string state, string? ifMatch, string auditId, params string[] idempotencyKeys) =>
        new(StorageContainers.Plans, key, new ContractItem(state, 1), ifMatch)
        {
            Audit = [new AuditEvent(auditId, "DepartmentPlan", key.Id, "submit", "li-qiang", Now)],
            Messages = [.. idempotencyKeys.Select(k => OutboxMessage.Create(OutboxTarget.Person("li-qiang"), ActivityFactory.Text(state), k, Now))],
        };
}
