using OpsRhythm.Storage.Contract;
using OpsRhythm.Storage.Documents;

namespace OpsRhythm.IntegrationTests.Storage;

/// <summary>
/// The behaviour every <see cref="IDocumentStore"/> must have, run against each store by a subclass.
/// Each test writes into its own new partition, so tests share a container (and a Cosmos account)
/// without seeing each other's documents.
/// </summary>
public abstract class DocumentStoreContract
{
    protected const string Container = StorageContainers.Plans;

    protected abstract IDocumentStore Store { get; }

    private static CancellationToken Ct => CancellationToken.None;

    [ContractFact]
    public async Task ReadAsync_MissingDocument_ReturnsNull()
    {
        var read = await Store.ReadAsync<ContractItem>(Container, NewKey(), Ct);

        Assert.Null(read);
    }

    [ContractFact]
    public async Task ReadAsync_AfterDelete_ReturnsNull()
    {
        var created = await Store.CreateAsync(Container, NewKey(), new ContractItem("a", 1), Ct);
        await Store.DeleteAsync(Container, created.Key, created.ETag, Ct);

        Assert.Null(await Store.ReadAsync<ContractItem>(Container, created.Key, Ct));
    }

    [ContractFact]
    public async Task ReplaceAsync_MissingDocument_ThrowsNotFound()
    {
        var key = NewKey();

        var error = await Assert.ThrowsAsync<DocumentNotFoundException>(() => Store.ReplaceAsync(Container, key, new ContractItem("a", 1), "\"no-such-etag\"", Ct));

        Assert.Equal(key, error.Key);
    }

    [ContractFact]
    public async Task DeleteAsync_MissingDocument_ThrowsNotFound()
    {
        var key = NewKey();

        var error = await Assert.ThrowsAsync<DocumentNotFoundException>(() => Store.DeleteAsync(Container, key, null, Ct));

        Assert.Equal(key, error.Key);
    }

    [ContractFact]
    public async Task CreateAsync_ExistingId_ThrowsConflictAndKeepsFirst()
    {
        var key = NewKey();
        await Store.CreateAsync(Container, key, new ContractItem("first", 1), Ct);

        await Assert.ThrowsAsync<DocumentConflictException>(() => Store.CreateAsync(Container, key, new ContractItem("second", 2), Ct));

        Assert.Equal("first", (await Store.ReadAsync<ContractItem>(Container, key, Ct))!.Value.Name);
    }

    [ContractFact]
    public async Task CreateAsync_SameIdInAnotherPartition_BothExist()
    {
        var first = NewKey();
        var second = first with { PartitionKey = NewPartition() };

        await Store.CreateAsync(Container, first, new ContractItem("first", 1), Ct);
        await Store.CreateAsync(Container, second, new ContractItem("second", 2), Ct);

        Assert.Equal("first", (await Store.ReadAsync<ContractItem>(Container, first, Ct))!.Value.Name);
        Assert.Equal("second", (await Store.ReadAsync<ContractItem>(Container, second, Ct))!.Value.Name);
    }

    [ContractFact]
    public async Task ReplaceAsync_CurrentETag_WritesAndChangesETag()
    {
        var created = await Store.CreateAsync(Container, NewKey(), new ContractItem("a", 1), Ct);

        var replaced = await Store.ReplaceAsync(Container, created.Key, created.Value with { Count = 2 }, created.ETag, Ct);

        Assert.NotEqual(created.ETag, replaced.ETag);
        var read = await Store.ReadAsync<ContractItem>(Container, created.Key, Ct);
        Assert.Equal(2, read!.Value.Count);
        Assert.Equal(replaced.ETag, read.ETag);
    }

    [ContractFact]
    public async Task ReplaceAsync_StaleETag_ThrowsPreconditionFailedAndKeepsNewer()
    {
        var created = await Store.CreateAsync(Container, NewKey(), new ContractItem("a", 1), Ct);
        await Store.ReplaceAsync(Container, created.Key, created.Value with { Count = 2 }, created.ETag, Ct);

        var error = await Assert.ThrowsAsync<DocumentPreconditionFailedException>(
            () => Store.ReplaceAsync(Container, created.Key, created.Value with { Count = 3 }, created.ETag, Ct));

        Assert.Equal(created.Key, error.Key);
        Assert.Equal(2, (await Store.ReadAsync<ContractItem>(Container, created.Key, Ct))!.Value.Count);
    }

    [ContractFact]
    public async Task DeleteAsync_StaleETag_ThrowsPreconditionFailedAndKeepsDocument()
    {
        var created = await Store.CreateAsync(Container, NewKey(), new ContractItem("a", 1), Ct);
        await Store.ReplaceAsync(Container, created.Key, created.Value with { Count = 2 }, created.ETag, Ct);

        await Assert.ThrowsAsync<DocumentPreconditionFailedException>(() => Store.DeleteAsync(Container, created.Key, created.ETag, Ct));

        Assert.NotNull(await Store.ReadAsync<ContractItem>(Container, created.Key, Ct));
    }

    [ContractFact]
    public async Task UpsertAsync_MissingThenExisting_CreatesThenOverwrites()
    {
        var key = NewKey();

        var first = await Store.UpsertAsync(Container, key, new ContractItem("a", 1), Ct);
        var second = await Store.UpsertAsync(Container, key, new ContractItem("b", 2), Ct);

        Assert.NotEqual(first.ETag, second.ETag);
        var read = await Store.ReadAsync<ContractItem>(Container, key, Ct);
        Assert.Equal(new ContractItem("b", 2), read!.Value);
    }

    [ContractFact]
    public async Task ExecuteBatchAsync_AllOperationsValid_AppliesAllAndReturnsETags()
    {
        var pk = NewPartition();
        var existing = await Store.CreateAsync(Container, new DocumentKey(pk, "existing"), new ContractItem("old", 1), Ct);
        var doomed = await Store.CreateAsync(Container, new DocumentKey(pk, "doomed"), new ContractItem("doomed", 1), Ct);

        var results = await Store.ExecuteBatchAsync(Container, pk,
        [
            BatchOperation.Replace("existing", new ContractItem("new", 2), existing.ETag),
            BatchOperation.Create("created", new ContractOtherItem("created", 3)),
            BatchOperation.Upsert("upserted", new ContractItem("upserted", 4)),
            BatchOperation.Delete("doomed", doomed.ETag),
        ], Ct);

        Assert.Equal(["existing", "created", "upserted", "doomed"], results.Select(r => r.Id));
        var replaced = await Store.ReadAsync<ContractItem>(Container, existing.Key, Ct);
        Assert.Equal("new", replaced!.Value.Name);
        Assert.Equal(results[0].ETag, replaced.ETag);
        Assert.Equal("created", (await Store.ReadAsync<ContractOtherItem>(Container, new DocumentKey(pk, "created"), Ct))!.Value.Name);
        Assert.NotNull(await Store.ReadAsync<ContractItem>(Container, new DocumentKey(pk, "upserted"), Ct));
        Assert.Null(await Store.ReadAsync<ContractItem>(Container, doomed.Key, Ct));
        Assert.Null(results[3].ETag);
    }

    [ContractFact]
    public async Task ExecuteBatchAsync_OneStaleOperation_AppliesNothing()
    {
        var pk = NewPartition();
        var existing = await Store.CreateAsync(Container, new DocumentKey(pk, "existing"), new ContractItem("old", 1), Ct);
        await Store.ReplaceAsync(Container, existing.Key, new ContractItem("newer", 2), existing.ETag, Ct);

        var error = await Assert.ThrowsAsync<BatchFailedException>(() => Store.ExecuteBatchAsync(Container, pk,
        [
            BatchOperation.Create("audit-1", new ContractOtherItem("audit", 1)),
            BatchOperation.Replace("existing", new ContractItem("lost", 3), existing.ETag),
            BatchOperation.Upsert("outbox-1", new ContractOtherItem("outbox", 1)),
        ], Ct));

        Assert.Equal(1, error.FailedIndex);
        Assert.IsType<DocumentPreconditionFailedException>(error.Cause);
        Assert.Null(await Store.ReadAsync<ContractOtherItem>(Container, new DocumentKey(pk, "audit-1"), Ct));
        Assert.Null(await Store.ReadAsync<ContractOtherItem>(Container, new DocumentKey(pk, "outbox-1"), Ct));
        Assert.Equal("newer", (await Store.ReadAsync<ContractItem>(Container, existing.Key, Ct))!.Value.Name);
    }

    [ContractFact]
    public async Task ExecuteBatchAsync_CreateOfExistingId_FailsWithConflictAndAppliesNothing()
    {
        var pk = NewPartition();
        await Store.CreateAsync(Container, new DocumentKey(pk, "taken"), new ContractItem("taken", 1), Ct);

        var error = await Assert.ThrowsAsync<BatchFailedException>(() => Store.ExecuteBatchAsync(Container, pk,
        [
            BatchOperation.Create("fresh", new ContractItem("fresh", 1)),
            BatchOperation.Create("taken", new ContractItem("again", 2)),
        ], Ct));

        Assert.Equal(1, error.FailedIndex);
        Assert.IsType<DocumentConflictException>(error.Cause);
        Assert.Null(await Store.ReadAsync<ContractItem>(Container, new DocumentKey(pk, "fresh"), Ct));
    }

    [ContractFact]
    public async Task ExecuteBatchAsync_DeleteOfMissingId_FailsWithNotFound()
    {
        var pk = NewPartition();

        var error = await Assert.ThrowsAsync<BatchFailedException>(() => Store.ExecuteBatchAsync(Container, pk,
        [
            BatchOperation.Create("fresh", new ContractItem("fresh", 1)),
            BatchOperation.Delete("missing"),
        ], Ct));

        Assert.Equal(1, error.FailedIndex);
        Assert.IsType<DocumentNotFoundException>(error.Cause);
        Assert.Null(await Store.ReadAsync<ContractItem>(Container, new DocumentKey(pk, "fresh"), Ct));
    }

    [ContractFact]
    public async Task ExecuteBatchAsync_LargeDocuments_StoredWhole()
    {
        var pk = NewPartition();
        var note = string.Concat(Enumerable.Repeat("季度经营分析报告", 20_000));

        await Store.ExecuteBatchAsync(Container, pk,
        [
            BatchOperation.Create("report-1", new ContractItem("report", 1) { Note = note }),
            BatchOperation.Create("report-2", new ContractItem("report", 2) { Note = note }),
        ], Ct);

        Assert.Equal(note, (await Store.ReadAsync<ContractItem>(Container, new DocumentKey(pk, "report-2"), Ct))!.Value.Note);
    }

    [ContractFact]
    public async Task ReplaceAsync_TwentyConcurrentWritersRetryingOnStaleETag_CountsExactlyTwenty()
    {
        var key = NewKey();
        await Store.CreateAsync(Container, key, new ContractItem("counter", 0), Ct);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => IncrementAsync(key), Ct)));

        Assert.Equal(20, (await Store.ReadAsync<ContractItem>(Container, key, Ct))!.Value.Count);
    }

    [ContractFact]
    public async Task CreateAsync_ChineseText_RoundTripsExactly()
    {
        const string Text = "月度经营计划：销售部第三季度目标完成率 95%，风险等级「高」🚩";
        var key = NewKey() with { Id = "计划-2026-11" };

        await Store.CreateAsync(Container, key, new ContractItem(Text, 1) { Note = "运营管理办公室" }, Ct);

        var read = await Store.ReadAsync<ContractItem>(Container, key, Ct);
        Assert.Equal(Text, read!.Value.Name);
        Assert.Equal("运营管理办公室", read.Value.Note);
        var found = await ToListAsync(Store.QueryAsync<ContractItem>(Container, key.PartitionKey, DocumentQuery.Of<ContractItem>().Where("name", Text), Ct));
        Assert.Equal(key, Assert.Single(found).Key);
    }

    [ContractFact]
    public async Task CreateAsync_DocumentOverTwoMegabytes_ThrowsTooLargeAndWritesNothing()
    {
        var key = NewKey();

        var error = await Assert.ThrowsAsync<DocumentTooLargeException>(
            () => Store.CreateAsync(Container, key, new ContractItem("big", 1) { Note = new string('x', DocumentRules.MaxDocumentBytes) }, Ct));

        Assert.True(error.SizeInBytes > error.LimitInBytes);
        Assert.Equal(DocumentRules.MaxDocumentBytes, error.LimitInBytes);
        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
        Assert.Null(await Store.ReadAsync<ContractItem>(Container, key, Ct));
    }

    [ContractFact]
    public async Task CreateAsync_DocumentJustUnderTwoMegabytes_IsStored()
    {
        var key = NewKey();
        var note = new string('y', DocumentRules.MaxDocumentBytes - (8 * 1024));

        await Store.CreateAsync(Container, key, new ContractItem("big", 1) { Note = note }, Ct);

        Assert.Equal(note.Length, (await Store.ReadAsync<ContractItem>(Container, key, Ct))!.Value.Note!.Length);
    }

    [ContractFact]
    public async Task QueryAsync_FiltersOrderAndLimit_ReturnsMatchingInOrder()
    {
        var pk = NewPartition();
        await Store.CreateAsync(Container, new DocumentKey(pk, "a"), new ContractItem("a", 3) { Stage = ContractStage.Submitted, Done = true }, Ct);
        await Store.CreateAsync(Container, new DocumentKey(pk, "b"), new ContractItem("b", 1) { Stage = ContractStage.Submitted, Done = true }, Ct);
        await Store.CreateAsync(Container, new DocumentKey(pk, "c"), new ContractItem("c", 2) { Stage = ContractStage.Submitted, Done = true }, Ct);
        await Store.CreateAsync(Container, new DocumentKey(pk, "d"), new ContractItem("d", 0) { Stage = ContractStage.Draft, Done = true }, Ct);
        await Store.CreateAsync(Container, new DocumentKey(pk, "e"), new ContractItem("e", 0) { Stage = ContractStage.Submitted, Done = false }, Ct);
        await Store.CreateAsync(Container, new DocumentKey(pk, "f"), new ContractOtherItem("f", 0), Ct);
        var query = DocumentQuery.Of<ContractItem>().Where("stage", ContractStage.Submitted).Where("done", true);

        var ascending = await ToListAsync(Store.QueryAsync<ContractItem>(Container, pk, query.OrderedBy("count"), Ct));
        var topTwo = await ToListAsync(Store.QueryAsync<ContractItem>(Container, pk, query.OrderedBy("count", descending: true).Take(2), Ct));

        Assert.Equal(["b", "c", "a"], ascending.Select(d => d.Value.Name));
        Assert.Equal(["a", "c"], topTwo.Select(d => d.Value.Name));
        Assert.All(ascending, d => Assert.Equal(pk, d.Key.PartitionKey));
    }

    [ContractFact]
    public async Task QueryAsync_NullAndNumberFilters_MatchExactly()
    {
        var pk = NewPartition();
        await Store.CreateAsync(Container, new DocumentKey(pk, "noted"), new ContractItem("noted", 7) { Note = "n" }, Ct);
        await Store.CreateAsync(Container, new DocumentKey(pk, "plain"), new ContractItem("plain", 7), Ct);

        var withoutNote = await ToListAsync(Store.QueryAsync<ContractItem>(Container, pk, DocumentQuery.Of<ContractItem>().Where("note", null), Ct));
        var seven = await ToListAsync(Store.QueryAsync<ContractItem>(Container, pk, DocumentQuery.Of<ContractItem>().Where("count", 7).OrderedBy("name"), Ct));

        Assert.Equal("plain", Assert.Single(withoutNote).Value.Name);
        Assert.Equal(["noted", "plain"], seven.Select(d => d.Value.Name));
    }

    [ContractFact]
    public async Task QueryAsync_OtherPartition_NeverSeen()
    {
        var mine = NewPartition();
        var theirs = NewPartition();
        await Store.CreateAsync(Container, new DocumentKey(mine, "1"), new ContractItem("shared-name", 1), Ct);
        await Store.CreateAsync(Container, new DocumentKey(theirs, "1"), new ContractItem("shared-name", 1), Ct);
        await Store.CreateAsync(Container, new DocumentKey(theirs, "2"), new ContractItem("shared-name", 2), Ct);

        var found = await ToListAsync(Store.QueryAsync<ContractItem>(Container, mine, DocumentQuery.Of<ContractItem>().Where("name", "shared-name"), Ct));
        var all = await ToListAsync(Store.QueryAsync<ContractItem>(Container, mine, DocumentQuery.Of<ContractItem>(), Ct));

        Assert.Equal(new DocumentKey(mine, "1"), Assert.Single(found).Key);
        Assert.Equal(new DocumentKey(mine, "1"), Assert.Single(all).Key);
    }

    [ContractFact]
    public async Task QueryAcrossPartitionsAsync_SeveralPartitions_FindsEach()
    {
        var run = Guid.NewGuid().ToString("N");
        var first = NewKey();
        var second = NewKey();
        await Store.CreateAsync(Container, first, new ContractItem("x", 1) { Run = run }, Ct);
        await Store.CreateAsync(Container, second, new ContractItem("x", 2) { Run = run }, Ct);
        await Store.CreateAsync(Container, NewKey(), new ContractItem("x", 3) { Run = "another run" }, Ct);

        var found = await ToListAsync(Store.QueryAcrossPartitionsAsync<ContractItem>(Container, DocumentQuery.Of<ContractItem>().Where("run", run), Ct));

        Assert.Equal([first, second], found.OrderBy(d => d.Value.Count).Select(d => d.Key));
    }

    [ContractFact]
    public async Task CreateAsync_IdCosmosRejects_ThrowsArgumentException()
    {
        foreach (var id in new[] { "a/b", "a#b", "a?b", "a\\b" })
        {
            await Assert.ThrowsAsync<InvalidDocumentKeyException>(() => Store.CreateAsync(Container, NewKey() with { Id = id }, new ContractItem("a", 1), Ct));
        }
    }

    [ContractFact]
    public async Task CreateAsync_ValueWithPropertyTheStoreReserves_ThrowsArgumentException()
    {
        var key = NewKey();

        await Assert.ThrowsAsync<ArgumentException>(() => Store.CreateAsync(Container, key, new { Type = "mine" }, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.CreateAsync(Container, key, new { Id = "another-id" }, Ct));
        await Store.CreateAsync(Container, key, new { Id = key.Id, Name = "same id is fine" }, Ct);
    }

    protected static string NewPartition() => "contract-" + Guid.NewGuid().ToString("N");

    private static DocumentKey NewKey() => new(NewPartition(), "item-" + Guid.NewGuid().ToString("N"));

    private async Task IncrementAsync(DocumentKey key)
    {
        while (true)
        {
            var current = await Store.ReadAsync<ContractItem>(Container, key, Ct);
            try
            {
                await Store.ReplaceAsync(Container, key, current!.Value with { Count = current.Value.Count + 1 }, current.ETag, Ct);
                return;
            }
            catch (DocumentPreconditionFailedException)
            {
                // Someone else wrote first: read their version and try again, as every handler does.
            }
        }
    }

    private static async Task<List<StoredDocument<T>>> ToListAsync<T>(IAsyncEnumerable<StoredDocument<T>> documents)
    {
        var list = new List<StoredDocument<T>>();
        await foreach (var document in documents)
        {
            list.Add(document);
        }

        return list;
    }
}
