using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Persistence;

/// <summary>ChangeWriter on a real SQLite file: state, audit and outbox land together or not at all.</summary>
public sealed class ChangeWriterTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task CommitAsync_NewState_WritesStateAuditAndOutboxInItsPartition()
    {
        var writer = new ChangeWriter(fixture.Store);
        var key = new DocumentKey("cycle-" + Guid.NewGuid().ToString("N"), "plan-sales");

        var stored = await writer.CommitAsync(Change(key, "草稿", ifMatch: null, "audit-1", "notify-1"), CancellationToken.None);

        var read = await fixture.Store.ReadAsync<ContractItem>(StorageContainers.Plans, key, CancellationToken.None);
        Assert.Equal(stored.ETag, read!.ETag);
        Assert.NotNull(await fixture.Store.ReadAsync<AuditEvent>(StorageContainers.Plans, key with { Id = "audit-1" }, CancellationToken.None));
        var outbox = await fixture.Store.ReadAsync<OutboxMessage>(StorageContainers.Plans, key with { Id = "outbox:notify-1" }, CancellationToken.None);
        Assert.Equal("notify-1", outbox!.Value.IdempotencyKey);
        Assert.Equal(OutboxTarget.Person("li-qiang"), outbox.Value.Target);
    }

    [Fact]
    public async Task CommitAsync_StaleETag_ThrowsPreconditionFailedAndWritesNoAuditOrOutbox()
    {
        var writer = new ChangeWriter(fixture.Store);
        var key = new DocumentKey("cycle-" + Guid.NewGuid().ToString("N"), "plan-sales");
        var first = await writer.CommitAsync(Change(key, "草稿", ifMatch: null, "audit-1", "notify-1"), CancellationToken.None);
        await writer.CommitAsync(Change(key, "已提交", first.ETag, "audit-2", "notify-2"), CancellationToken.None);

        await Assert.ThrowsAsync<DocumentPreconditionFailedException>(
            () => writer.CommitAsync(Change(key, "已批准", first.ETag, "audit-3", "notify-3"), CancellationToken.None));

        Assert.Equal("已提交", (await fixture.Store.ReadAsync<ContractItem>(StorageContainers.Plans, key, CancellationToken.None))!.Value.Name);
        Assert.Null(await fixture.Store.ReadAsync<AuditEvent>(StorageContainers.Plans, key with { Id = "audit-3" }, CancellationToken.None));
        Assert.Null(await fixture.Store.ReadAsync<OutboxMessage>(StorageContainers.Plans, key with { Id = "outbox:notify-3" }, CancellationToken.None));
    }

    private static Change<ContractItem> Change(DocumentKey key, string state, string? ifMatch, string auditId, string idempotencyKey) =>
        new(StorageContainers.Plans, key, new ContractItem(state, 1), ifMatch)
        {
            Audit = [new AuditEvent(auditId, "DepartmentPlan", key.Id, "submit", "li-qiang", Now)],
            Messages = [OutboxMessage.Create(OutboxTarget.Person("li-qiang"), ActivityFactory.Text("月度计划已提交"), idempotencyKey, Now)],
        };
}
