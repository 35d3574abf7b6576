using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Graph;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Delivery;

public sealed class OutboxDispatcherTests : IAsyncLifetime
{
    private static readonly OutboxTarget Alice = OutboxTarget.Person("alice");
    private static readonly OutboxTarget Bob = OutboxTarget.Person("bob");
    private static readonly OutboxTarget Ops = OutboxTarget.Channel("channel-ops");
    private readonly SqliteStoreFixture _sqlite = new();
    private FakeConnector _connector = null!;
    private FakeAddressBook _addresses = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _addresses = new FakeAddressBook(_connector.ServiceUrl);
        _addresses.Add(Alice, "a:alice");
        _addresses.Add(Ops, "19:ops@thread.tacv2");
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        _sqlite.Dispose();
    }

    private OpsRhythm.Storage.Sqlite.SqliteDocumentStore Store => _sqlite.Store;

    [Fact]
    public async Task Dispatch_BurstsToSeveralTargets_EachMessageDeliveredOnceWithinTeamsLimits()
    {
        var texts = await EnqueueAsync(Alice, 20).ConfigureAwait(true);
        texts.AddRange(await EnqueueAsync(Ops, 10));
        texts.AddRange(await EnqueueAsync(Bob, 3));
        await using var dispatcher = new DispatcherInstance(Store, _addresses);

        await dispatcher.StartAsync();
        await WaitUntilAsync(() => _connector.Posted.Count >= texts.Count);
        await dispatcher.StopAsync();

        Assert.Equal(texts.Order(), _connector.Posted.Select(p => p.Text).Order());
        Assert.Equal(0, _connector.LimitViolations);
        Assert.Equal(20, _connector.Posted.Count(p => p.ConversationId == "a:alice"));
        Assert.Equal(3, _connector.Posted.Count(p => p.ConversationId == "a:personal-29:bob"));
        Assert.Equal(texts.Where(t => t.StartsWith("Person:alice", StringComparison.Ordinal)), _connector.Posted.Where(p => p.ConversationId == "a:alice").Select(p => p.Text));
        await AssertAllAsync(OutboxStatus.Sent);
    }

    [Fact]
    public async Task Dispatch_429WithRetryAfterAnd5xx_RetriesAfterTheAskedDelayAndDeliversOnce()
    {
        var texts = await EnqueueAsync(Alice, 4);
        _connector.Script = (conversation, index) => index switch
        {
            0 => FakeConnector.TooManyRequests(TimeSpan.FromSeconds(2)),
            2 => FakeConnector.ServerError(502),
            3 => FakeConnector.ServerError(503),
            _ => null,
        };
        await using var dispatcher = new DispatcherInstance(Store, _addresses);

        await dispatcher.StartAsync();
        await WaitUntilAsync(() => _connector.Posted.Count >= texts.Count);
        await dispatcher.StopAsync();

        Assert.Equal(texts, _connector.Posted.Select(p => p.Text));
        var requests = _connector.Requests.ToList();
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(1.9), $"retried {requests[1].At - requests[0].At} after a 429 asking for 2 s");
        var first = await ReadAsync(texts[0]);
        Assert.Equal(2, first.Attempts);
        Assert.NotNull(first.SentActivityId);
    }

    [Fact]
    public async Task Dispatch_BotConnectorAnswers429And503_OneHttpRequestPerDispatcherAttempt()
    {
        var texts = await EnqueueAsync(Alice, 1);
        _connector.Script = (_, index) => index switch
        {
            0 => FakeConnector.TooManyRequests(TimeSpan.FromSeconds(1)),
            1 => FakeConnector.ServerError(503),
            _ => null,
        };
        await using var dispatcher = new DispatcherInstance(Store, _addresses, botConnector: true);

        await dispatcher.StartAsync();
        await WaitUntilAsync(() => !_connector.Posted.IsEmpty);
        await dispatcher.StopAsync();

        // The bot's HTTP client would have retried both itself (one attempt, three requests); the outbox's makes one request per attempt.
        Assert.Equal([429, 503, 200], _connector.Requests.Select(r => r.Status));
        var sent = await ReadAsync(texts[0]);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal(3, sent.Attempts);
    }

    [Fact]
    public async Task Dispatch_ManyConversationsAtTheGlobalLimit_NoWindowHoldsMoreThanTheLimit()
    {
        const int globalPerSecond = 3;
        await using var dispatcher = new DispatcherInstance(Store, _addresses, new Dictionary<string, string?>
        {
            ["Delivery:GlobalPerSecond"] = globalPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Delivery:MaxParallelConversations"] = "6",
        }, botConnector: true);
        // A first message through the whole path: its cold start (JIT, first connection) would hold the first
        // burst back until it meets the next one at the connector, which says nothing about the pacing.
        var texts = await EnqueueAsync(Ops, 1);
        await dispatcher.StartAsync();
        await WaitUntilAsync(() => !_connector.Posted.IsEmpty);
        for (var i = 0; i < 6; i++)
        {
            var target = OutboxTarget.Channel("channel-" + i);
            _addresses.Add(target, $"19:channel-{i}@thread.tacv2");
            texts.AddRange(await EnqueueAsync(target, 3));
        }

        dispatcher.Signal.Notify();
        await WaitUntilAsync(() => _connector.Posted.Count >= texts.Count);
        await dispatcher.StopAsync();

        Assert.Equal(texts.Order(), _connector.Posted.Select(p => p.Text).Order());
        // Counted where Teams counts, at the connector. The window is 1 s less 300 ms for the way from the
        // limiter to the connector, which on a loaded machine varies by more than the HTTP call itself.
        Assert.InRange(_connector.MostRequestsWithin(TimeSpan.FromMilliseconds(700)), 1, globalPerSecond);
    }

    [Fact]
    public async Task Dispatch_ConversationBlocked_SkipsAndStopsMessagingThatPerson()
    {
        await EnqueueAsync(Alice, 3);
        var toOps = await EnqueueAsync(Ops, 2);
        _connector.Script = (conversation, _) => conversation == "a:alice" ? FakeConnector.Blocked() : null;
        await using var dispatcher = new DispatcherInstance(Store, _addresses);

        await dispatcher.StartAsync();
        await WaitUntilAsync(async () => (await AllAsync()).All(m => m.Status != OutboxStatus.Pending));
        await dispatcher.StopAsync();

        Assert.True(_addresses.Blocked.ContainsKey(Alice));
        Assert.Equal(1, _connector.RequestsTo("a:alice"));
        Assert.Equal(toOps, _connector.Posted.Select(p => p.Text));
        Assert.All((await AllAsync()).Where(m => m.Target == Alice), m => Assert.Equal(OutboxStatus.Skipped, m.Status));
    }

    [Fact]
    public async Task Dispatch_FailingEveryTime_DeadLettersAfterMaxAttempts()
    {
        var texts = await EnqueueAsync(Ops, 1);
        _connector.Script = (_, _) => FakeConnector.ServerError(500);
        await using var dispatcher = new DispatcherInstance(Store, _addresses, DispatcherInstance.Setting("Delivery:MaxAttempts", 3));

        await dispatcher.StartAsync();
        await WaitUntilAsync(async () => (await ReadAsync(texts[0])).Status == OutboxStatus.DeadLettered);
        await dispatcher.StopAsync();

        var message = await ReadAsync(texts[0]);
        Assert.Equal(3, message.Attempts);
        Assert.Equal(3, _connector.RequestsTo("19:ops@thread.tacv2"));
        Assert.Contains("500", message.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatcher_StoppedMidRun_NewInstanceDeliversTheRestWithoutDuplicates()
    {
        var texts = await EnqueueAsync(Alice, 25);
        await using (var first = new DispatcherInstance(Store, _addresses))
        {
            await first.StartAsync();
            await WaitUntilAsync(() => _connector.Posted.Count >= 6);
            await first.StopAsync();
        }

        var sentByFirst = _connector.Posted.Count;
        Assert.InRange(sentByFirst, 6, texts.Count - 1);
        await using var second = new DispatcherInstance(Store, _addresses);
        await second.StartAsync();
        await WaitUntilAsync(() => _connector.Posted.Count >= texts.Count);
        await second.StopAsync();

        Assert.Equal(texts, _connector.Posted.Select(p => p.Text));
        await AssertAllAsync(OutboxStatus.Sent);
    }

    [Fact]
    public async Task Dispatch_TwoInstancesAtOnce_EachMessageDeliveredOnce()
    {
        var texts = await EnqueueAsync(Alice, 10);
        texts.AddRange(await EnqueueAsync(Ops, 10));
        texts.AddRange(await EnqueueAsync(Bob, 10));
        await using var one = new DispatcherInstance(Store, _addresses);
        await using var two = new DispatcherInstance(Store, _addresses);

        await Task.WhenAll(one.StartAsync(), two.StartAsync());
        await WaitUntilAsync(async () => (await AllAsync()).All(m => m.Status == OutboxStatus.Sent));
        await Task.WhenAll(one.StopAsync(), two.StopAsync());

        Assert.Equal(texts.Order(), _connector.Posted.Select(p => p.Text).Order());
    }

    [Fact]
    public async Task Dispatch_AttemptThatDiedWhileSending_ResentOnceWhenResendUncertain()
    {
        var texts = await EnqueueAsync(Ops, 1, m => m with { InFlightAttemptId = "dead", LeaseOwner = "gone", LeaseUntil = DateTimeOffset.UtcNow.AddSeconds(-1) });
        await using var dispatcher = new DispatcherInstance(Store, _addresses);

        await dispatcher.StartAsync();
        await WaitUntilAsync(async () => (await ReadAsync(texts[0])).Status != OutboxStatus.Pending);
        await dispatcher.StopAsync();

        Assert.Equal(texts, _connector.Posted.Select(p => p.Text));
    }

    [Fact]
    public async Task Dispatch_AttemptThatDiedWhileSending_DeadLetteredWhenNotResendingUncertain()
    {
        var texts = await EnqueueAsync(Ops, 1, m => m with { InFlightAttemptId = "dead", LeaseOwner = "gone", LeaseUntil = DateTimeOffset.UtcNow.AddSeconds(-1) });
        await using var dispatcher = new DispatcherInstance(Store, _addresses, DispatcherInstance.Setting("Delivery:ResendUncertain", false));

        await dispatcher.StartAsync();
        await WaitUntilAsync(async () => (await ReadAsync(texts[0])).Status != OutboxStatus.Pending);
        await dispatcher.StopAsync();

        Assert.Empty(_connector.Posted);
        Assert.Equal(OutboxStatus.DeadLettered, (await ReadAsync(texts[0])).Status);
    }

    [Fact]
    public async Task Dispatch_UpdateAfterSend_ReplacesTheSentActivityInOrder()
    {
        var now = DateTimeOffset.UtcNow;
        await Store.CreateAsync(StorageContainers.Plans, new DocumentKey("cycle-1", "outbox:upd"),
            OutboxMessage.CreateUpdate(Ops, "activity-77", ActivityFactory.Text("updated"), "upd", now), CancellationToken.None);
        await using var dispatcher = new DispatcherInstance(Store, _addresses);

        await dispatcher.StartAsync();
        await WaitUntilAsync(() => !_connector.Updated.IsEmpty);
        await dispatcher.StopAsync();

        Assert.Equal(("19:ops@thread.tacv2", "activity-77", "updated"), Assert.Single(_connector.Updated));
        Assert.Empty(_connector.Posted);
    }

    [Fact]
    public async Task Dispatch_UpdateOfAnotherMessage_ReplacesTheActivityThatMessagePosted()
    {
        var now = DateTimeOffset.UtcNow;
        var original = OutboxMessage.Create(Ops, ActivityFactory.Text("approve?"), "card", now);
        var update = OutboxMessage.CreateUpdateOf(Ops, "card", ActivityFactory.Text("approved"), "card-decided", now.AddMilliseconds(1));
        _connector.Script = (_, index) => index == 0 ? FakeConnector.ServerError(503) : null;
        await Store.CreateAsync(StorageContainers.Plans, new DocumentKey("cycle-1", original.Id), original, CancellationToken.None);
        await Store.CreateAsync(StorageContainers.Plans, new DocumentKey("cycle-1", update.Id), update, CancellationToken.None);
        await using var dispatcher = new DispatcherInstance(Store, _addresses);

        await dispatcher.StartAsync();
        await WaitUntilAsync(() => !_connector.Updated.IsEmpty);
        await dispatcher.StopAsync();

        var sent = await ReadAsync("card");
        Assert.Equal("approve?", Assert.Single(_connector.Posted).Text);
        Assert.Equal(("19:ops@thread.tacv2", sent.SentActivityId!, "approved"), Assert.Single(_connector.Updated));
        var updated = await ReadAsync("card-decided");
        Assert.Equal((OutboxStatus.Sent, sent.SentActivityId), (updated.Status, updated.UpdateActivityId));
    }

    [Fact]
    public async Task Dispatch_UpdateOfMessageNeverPosted_SkippedWithoutCallingTheConnector()
    {
        var now = DateTimeOffset.UtcNow;
        var original = OutboxMessage.Create(Alice, ActivityFactory.Text("approve?"), "card", now) with { Status = OutboxStatus.Skipped };
        var update = OutboxMessage.CreateUpdateOf(Alice, "card", ActivityFactory.Text("approved"), "card-decided", now);
        var orphan = OutboxMessage.CreateUpdateOf(Ops, "nothing", ActivityFactory.Text("approved"), "orphan", now);
        await Store.CreateAsync(StorageContainers.Plans, new DocumentKey("cycle-1", original.Id), original, CancellationToken.None);
        await Store.CreateAsync(StorageContainers.Plans, new DocumentKey("cycle-1", update.Id), update, CancellationToken.None);
        await Store.CreateAsync(StorageContainers.Plans, new DocumentKey("cycle-1", orphan.Id), orphan, CancellationToken.None);
        await using var dispatcher = new DispatcherInstance(Store, _addresses);

        await dispatcher.StartAsync();
        await WaitUntilAsync(async () => (await AllAsync()).All(m => m.Status != OutboxStatus.Pending));
        await dispatcher.StopAsync();

        Assert.Empty(_connector.Requests);
        Assert.Equal(OutboxStatus.Skipped, (await ReadAsync("card-decided")).Status);
        Assert.Equal(OutboxStatus.Skipped, (await ReadAsync("orphan")).Status);
    }

    [Fact]
    public async Task Commit_WithMessage_WakesTheDispatcherBeforeItsNextPoll()
    {
        await using var dispatcher = new DispatcherInstance(Store, _addresses, DispatcherInstance.Setting("Delivery:PollInterval", "01:00:00"));
        await dispatcher.StartAsync();
        await Task.Delay(300);
        var writer = new ChangeWriter(Store, dispatcher.Signal);
        var message = OutboxMessage.Create(Ops, ActivityFactory.Text("wake up"), "wake", DateTimeOffset.UtcNow);

        await writer.CommitAsync(new Change<Marker>(StorageContainers.Status, new DocumentKey("2026-W48", "marker"), new Marker("x"), null) { Messages = [message] }, CancellationToken.None);
        await WaitUntilAsync(() => !_connector.Posted.IsEmpty);
        await dispatcher.StopAsync();

        Assert.Equal("wake up", Assert.Single(_connector.Posted).Text);
    }

    private sealed record Marker(string Value);

    [Fact]
    public async Task Dispatch_MessageWithFeedItem_SendsTheChatMessageThenTheTemplatedFeedItemToThePersonOnly()
    {
        await using var graph = await Graph.FakeGraph.StartAsync();
        graph.Answers.Enqueue((204, null, string.Empty));
        var feed = new GraphActivityFeed(new Microsoft.Graph.GraphServiceClient(new Microsoft.Kiota.Abstractions.Authentication.AnonymousAuthenticationProvider(), graph.BaseUrl.ToString()), new Uri("https://teams.microsoft.com"), "bot-app-id");
        _addresses.AadObjectIds[Alice] = "aad-alice";
        var item = ActivityFeedItem.Create(ActivityFeedTypes.StatusReminder, ("week", "2026-W48"), ("due", "2026/11/27 17:00"));
        var texts = await EnqueueAsync(Alice, 1, m => m with { ActivityFeed = item });
        texts.AddRange(await EnqueueAsync(Ops, 1, m => m with { ActivityFeed = item }));
        await using var dispatcher = new DispatcherInstance(Store, _addresses, activityFeed: feed);

        await dispatcher.StartAsync();
        await WaitUntilAsync(() => _connector.Posted.Count >= texts.Count && !graph.Requests.IsEmpty);
        await dispatcher.StopAsync();

        var (_, path, body) = Assert.Single(graph.Requests);
        Assert.Equal("/v1.0/users/aad-alice/teamwork/sendActivityNotification", path);
        Assert.Equal(ActivityFeedTypes.StatusReminder, body!["activityType"]!.GetValue<string>());
        Assert.Equal(
            item.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)),
            body["templateParameters"]!.AsArray().Select(p => (p!["name"]!.GetValue<string>(), p["value"]!.GetValue<string>())).OrderBy(p => p.Item1, StringComparer.Ordinal));
        Assert.Equal(texts[0], body["previewText"]!["content"]!.GetValue<string>());
        await AssertAllAsync(OutboxStatus.Sent);
    }

    private async Task<List<string>> EnqueueAsync(OutboxTarget target, int count, Func<OutboxMessage, OutboxMessage>? shape = null)
    {
        var texts = new List<string>();
        var start = DateTimeOffset.UtcNow;
        for (var i = 0; i < count; i++)
        {
            var text = $"{target}:{i:D3}";
            var message = OutboxMessage.Create(target, ActivityFactory.Text(text), text, start.AddMilliseconds(i));
            message = shape?.Invoke(message) ?? message;
            // A target's messages are in one partition, as one aggregate's are: the order they are sent in is kept per partition.
            var partition = "cycle-" + (OutboxShards.Of(target) % 3);
            await Store.CreateAsync(StorageContainers.Plans, new DocumentKey(partition, message.Id), message, CancellationToken.None);
            await Store.UpsertAsync(StorageContainers.Plans, new DocumentKey(partition, OutboxPending.DocumentId), new OutboxPending(start), CancellationToken.None);
            texts.Add(text);
        }

        return texts;
    }

    private async Task<List<OutboxMessage>> AllAsync()
    {
        var all = new List<OutboxMessage>();
        await foreach (var doc in Store.QueryAcrossPartitionsAsync<OutboxMessage>(StorageContainers.Plans, DocumentQuery.Of<OutboxMessage>(), CancellationToken.None))
        {
            all.Add(doc.Value);
        }

        return all;
    }

    private async Task<OutboxMessage> ReadAsync(string text) => (await AllAsync()).Single(m => m.IdempotencyKey == text);

    private async Task AssertAllAsync(OutboxStatus status) =>
        Assert.All(await AllAsync(), m => Assert.Equal(status, m.Status));

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The dispatcher did not get there within 30 s.");
            await Task.Delay(50);
        }
    }
}
