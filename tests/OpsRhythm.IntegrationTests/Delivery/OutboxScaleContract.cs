using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Delivery;

/// <summary>
/// The outbox with several instances, on a real store (SQLite and the Cosmos DB-compatible server by the
/// subclasses): two instances share the app-wide budget (counted at the fake connector), and an
/// instance that dies mid-drain loses nothing. The big announcement is <see cref="OutboxFanOutContract"/>.
/// </summary>
public abstract class OutboxScaleContract : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private FakeAddressBook _addresses = null!;

    protected abstract IDocumentStore Store { get; }

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _addresses = new FakeAddressBook(_connector.ServiceUrl);
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [ContractFact]
    public async Task FanOut_TwoInstancesSharingTheStore_EachRecipientSentOnceAndNeverAboveTheAppWideLimit()
    {
        const int globalPerSecond = 12;
        var key = new DocumentKey("announce-" + Guid.NewGuid().ToString("N"), "announcement");
        var messages = AnnouncementRecipients.Of(key.PartitionKey, 150);
        foreach (var message in messages)
        {
            _addresses.Add(message.Target, "19:" + message.Target.Id + "@thread.tacv2");
        }

        await new ChangeWriter(Store).CommitAsync(new Change<ContractItem>(StorageContainers.Plans, key, new ContractItem("公告", 1), null) { Messages = messages }, CancellationToken.None);
        var settings = new Dictionary<string, string?>
        {
            ["Delivery:GlobalPerSecond"] = globalPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Delivery:MaxParallelConversations"] = "6",
        };
        var sends = new System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset>();
        await using var one = new DispatcherInstance(Store, _addresses, settings, sends: sends);
        await using var two = new DispatcherInstance(Store, _addresses, settings, sends: sends);

        await Task.WhenAll(one.StartAsync(), two.StartAsync());
        await WaitUntilAsync(async () => (await AllAsync<OutboxMessage>(key.PartitionKey)).Count(m => m.Status == OutboxStatus.Sent) == messages.Count);
        await Task.WhenAll(one.StopAsync(), two.StopAsync());

        Assert.Equal(messages.Select(m => m.IdempotencyKey).Order(StringComparer.Ordinal), _connector.Posted.Select(p => p.Text).Order(StringComparer.Ordinal));
        Assert.Equal(0, _connector.LimitViolations);

        // The two instances together, from the times each one's connector client was called: never more than the
        // app-wide limit in any window of 1 s less 100 ms, the way from a limiter's slot to the client call, which on
        // this loaded machine varies by tens of ms. (At the fake connector, the scheduling between client and server
        // bunches calls by a few hundred ms more; the connector's own per-conversation limits held, above.)
        Assert.InRange(MostWithin(sends, TimeSpan.FromMilliseconds(900)), 1, globalPerSecond);
    }

    private static int MostWithin(IEnumerable<DateTimeOffset> sends, TimeSpan window)
    {
        var times = sends.Order().ToList();
        var most = 0;
        for (int first = 0, last = 0; last < times.Count; last++)
        {
            while (times[last] - times[first] >= window)
            {
                first++;
            }

            most = Math.Max(most, last - first + 1);
        }

        return most;
    }

    [ContractFact]
    public async Task InstanceKilledMidDrain_TheOtherTakesItsShardsAndLeasesAndLosesNothing()
    {
        var key = new DocumentKey("announce-" + Guid.NewGuid().ToString("N"), "announcement");
        var messages = AnnouncementRecipients.Of(key.PartitionKey, 40);
        foreach (var message in messages)
        {
            _addresses.Add(message.Target, "19:" + message.Target.Id + "@thread.tacv2");
        }

        await new ChangeWriter(Store).CommitAsync(new Change<ContractItem>(StorageContainers.Plans, key, new ContractItem("公告", 1), null) { Messages = messages }, CancellationToken.None);

        // What a SIGKILLed instance leaves: a fresh heartbeat (it counts as alive and owns shards until the
        // timeout), messages it had claimed, and one it was sending when it died.
        var now = DateTimeOffset.UtcNow;
        await Store.UpsertAsync(StorageContainers.Jobs, new DocumentKey(DispatcherHeartbeat.PartitionKey, "killed"), new DispatcherHeartbeat("killed", now), CancellationToken.None);
        var claimed = (await AllDocumentsAsync<OutboxMessage>(key.PartitionKey)).Take(8).ToList();
        for (var i = 0; i < claimed.Count; i++)
        {
            var held = claimed[i].Value with { LeaseOwner = "killed", LeaseUntil = now.AddSeconds(2), InFlightAttemptId = i == 0 ? "dying" : null };
            await Store.ReplaceAsync(StorageContainers.Plans, claimed[i].Key, held, claimed[i].ETag, CancellationToken.None);
        }

        await using var survivor = new DispatcherInstance(Store, _addresses);
        await survivor.StartAsync();
        await WaitUntilAsync(async () => (await AllAsync<OutboxMessage>(key.PartitionKey)).All(m => m.Status == OutboxStatus.Sent));
        await survivor.StopAsync();

        // The one in flight was never accepted by this connector, so resending it (ResendUncertain) posts it once.
        Assert.Equal(messages.Select(m => m.IdempotencyKey).Order(StringComparer.Ordinal), _connector.Posted.Select(p => p.Text).Order(StringComparer.Ordinal));
        Assert.All(await AllAsync<OutboxMessage>(key.PartitionKey), m => Assert.NotNull(m.Ttl));
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

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(90);
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The dispatchers did not get there within 90 s.");
            await Task.Delay(200);
        }
    }
}
