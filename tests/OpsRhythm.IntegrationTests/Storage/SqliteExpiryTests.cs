using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Sqlite;

namespace OpsRhythm.IntegrationTests.Storage;

/// <summary>The SQLite cleanup job's delete: what Cosmos DB's per-document ttl does by itself.</summary>
public sealed class SqliteExpiryTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "opsrhythm-expiry-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly SqliteDocumentStore _store;

    public SqliteExpiryTests() => _store = new SqliteDocumentStore(new SqliteStoreOptions { Path = Path.Combine(_directory, "store.db") }, _time);

    [Fact]
    public async Task PurgeExpiredAsync_SentMessagePastItsTtl_DeletedAndPendingAndYoungerOnesKept()
    {
        var sent = OutboxMessage.Create(OutboxTarget.Person("li"), OpsRhythm.Protocol.Activities.ActivityFactory.Text("sent"), "sent", _time.GetUtcNow()) with { Status = OutboxStatus.Sent, Ttl = 3600 };
        var pending = OutboxMessage.Create(OutboxTarget.Person("li"), OpsRhythm.Protocol.Activities.ActivityFactory.Text("pending"), "pending", _time.GetUtcNow());
        await _store.CreateAsync(StorageContainers.Plans, new DocumentKey("c", sent.Id), sent, CancellationToken.None);
        await _store.CreateAsync(StorageContainers.Plans, new DocumentKey("c", pending.Id), pending, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(30));
        var younger = sent with { Id = "outbox:younger", IdempotencyKey = "younger" };
        await _store.CreateAsync(StorageContainers.Plans, new DocumentKey("c", "outbox:younger"), younger, CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(31));
        var deleted = await _store.PurgeExpiredAsync([StorageContainers.Plans], CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Null(await _store.ReadAsync<OutboxMessage>(StorageContainers.Plans, new DocumentKey("c", sent.Id), CancellationToken.None));
        Assert.NotNull(await _store.ReadAsync<OutboxMessage>(StorageContainers.Plans, new DocumentKey("c", pending.Id), CancellationToken.None));
        Assert.NotNull(await _store.ReadAsync<OutboxMessage>(StorageContainers.Plans, new DocumentKey("c", "outbox:younger"), CancellationToken.None));
    }

    public void Dispose()
    {
        _store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
