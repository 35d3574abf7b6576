using System.Collections.Concurrent;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.IntegrationTests.WeeklyStatus;

namespace OpsRhythm.IntegrationTests.Delivery;

/// <summary>
/// Status reminders as the outbox delivers them: a chat message always (the fallback when Graph is not
/// configured), and an activity-feed item of the manifest's "statusReminder" type when it is.
/// </summary>
public sealed class StatusReminderFeedTests : IAsyncLifetime
{
    private static readonly OutboxTarget Finance = OutboxTarget.Person("liu-yang");
    private const string FinanceAadId = "00000000-0000-0000-0000-0000000000023";
    private static readonly DateTimeOffset ThursdayAfternoon = new(2026, 11, 26, 7, 0, 0, TimeSpan.Zero);

    private readonly WeeklyStatusHarness _harness = new();
    private FakeConnector _connector = null!;
    private FakeAddressBook _addresses = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _addresses = new FakeAddressBook(_connector.ServiceUrl);
        foreach (var head in new[] { "wang-min", "li-qiang", "zhang-wei", "liu-yang", "zhao-li" })
        {
            _addresses.Add(OutboxTarget.Person(head), "a:" + head);
        }

        _addresses.AadObjectIds[Finance] = FinanceAadId;
        _harness.Time.SetUtcNow(ThursdayAfternoon);
        await _harness.Reminder.RunAsync(ThursdayAfternoon, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        _harness.Dispose();
    }

    [Fact]
    public async Task Reminder_GraphNotConfigured_ChatMessageIsTheNotice()
    {
        await using var dispatcher = new DispatcherInstance(_harness.Store, _addresses);

        await dispatcher.StartAsync();
        await WaitUntilAsync(() => _connector.Posted.Count >= 5);
        await dispatcher.StopAsync();

        Assert.Single(_connector.Posted, p => p.ConversationId == "a:liu-yang");
    }

    [Fact]
    public async Task Reminder_GraphConfigured_ChatMessageAndStatusReminderFeedItem()
    {
        var feed = new RecordingFeed();
        await using var dispatcher = new DispatcherInstance(_harness.Store, _addresses, activityFeed: feed);

        await dispatcher.StartAsync();
        await WaitUntilAsync(() => _connector.Posted.Count >= 5 && !feed.Raised.IsEmpty);
        await dispatcher.StopAsync();

        Assert.Single(_connector.Posted, p => p.ConversationId == "a:liu-yang");
        var (user, type, preview) = Assert.Single(feed.Raised);
        Assert.Equal((FinanceAadId, ActivityFeedTypes.StatusReminder), (user, type));
        // The deadline as people read it, in the organisation's zone (docs/cards.md), not a culture's default format.
        Assert.Contains("11月27日（周五）12:00", preview, StringComparison.Ordinal);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    private sealed class RecordingFeed : IActivityFeed
    {
        public ConcurrentQueue<(string User, string Type, string Preview)> Raised { get; } = new();

        public bool IsConfigured => true;

        public Task NotifyAsync(string aadObjectId, ActivityFeedItem item, string previewText, CancellationToken cancellationToken)
        {
            Raised.Enqueue((aadObjectId, item.Type, previewText));
            return Task.CompletedTask;
        }
    }
}
