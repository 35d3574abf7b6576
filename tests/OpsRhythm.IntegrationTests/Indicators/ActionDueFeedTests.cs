using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Improvement.Actions;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Improvement;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.IntegrationTests.Organisation;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Indicators;

/// <summary>
/// The improvement-action follow-up job raises an actionDue feed item for the owner, in the owner's
/// language, with the reminder before the deadline and with the escalation once overdue; a real SQLite store.
/// </summary>
public sealed class ActionDueFeedTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    // 2026-12-08 09:00 in Shanghai: the organisation's day is the 8th (UTC still the 8th, 01:00).
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 8, 1, 0, 0, TimeSpan.Zero));

    private ImprovementActionFollowUpJob Job() => new(
        fixture.Store,
        new ChangeWriter(fixture.Store),
        new InMemoryOrganisationDirectory(FeatureFlowOrganisation.Profile),
        new Bot.Organisation.Languages.PersonLanguages(fixture.Store, new ChangeWriter(fixture.Store), _time, Microsoft.Extensions.Logging.Abstractions.NullLogger<Bot.Organisation.Languages.PersonLanguages>.Instance),
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Indicators:RemindDaysBefore"] = "3" }).Build(),
        new Domain.Time.OrganisationClock(_time));

    [Fact]
    public async Task DueInTwoDays_OwnerRemindedWithActionDueInTheirLanguage()
    {
        var action = await CreateAsync("sun-hao", new DateOnly(2026, 12, 10), "仓库账实不符，需月度盘点");

        await Job().RunAsync(_time.GetUtcNow(), CancellationToken.None);

        var item = Assert.Single(await FeedItemsAsync(action), m => m.Target == OutboxTarget.Person("sun-hao")).ActivityFeed!;
        Assert.Equal(ActivityFeedTypes.ActionDue, item.Type);
        Assert.Equal(("2026年12月10日", "仓库账实不符，需月度盘点"), (item.Parameters["due"], item.Parameters["subject"]));
    }

    [Fact]
    public async Task Overdue_OwnerGetsActionDueHeadAndChannelGetNoFeedItem()
    {
        // li-qiang reads English; the escalation also goes to the ops channel (no feed item there).
        var action = await CreateAsync("li-qiang", new DateOnly(2026, 12, 5), "Overdue stock count");

        await Job().RunAsync(_time.GetUtcNow(), CancellationToken.None);

        var messages = await MessagesAsync(action);
        Assert.Contains(messages, m => m.Target == OutboxTarget.Channel("channel-ops") && m.ActivityFeed is null);
        var item = Assert.Single(messages, m => m.ActivityFeed is not null);
        Assert.Equal(OutboxTarget.Person("li-qiang"), item.Target);
        Assert.Equal((ActivityFeedTypes.ActionDue, "Dec 5, 2026"), (item.ActivityFeed!.Type, item.ActivityFeed.Parameters["due"]));
    }

    [Fact]
    public async Task FarFromDeadline_NothingQueued()
    {
        var action = await CreateAsync("sun-hao", new DateOnly(2026, 12, 31), "季度复盘");

        await Job().RunAsync(_time.GetUtcNow(), CancellationToken.None);

        Assert.Empty(await MessagesAsync(action));
    }

    private async Task<ImprovementAction> CreateAsync(string owner, DateOnly deadline, string finding)
    {
        var action = new ImprovementAction(ImprovementIds.New(2026, "act"), "sales", finding, owner, deadline);
        await fixture.Store.CreateAsync(StorageContainers.Improvement, new DocumentKey("2026", action.Id), action, CancellationToken.None);
        return action;
    }

    private async Task<List<OutboxMessage>> FeedItemsAsync(ImprovementAction action) =>
        [.. (await MessagesAsync(action)).Where(m => m.ActivityFeed is not null)];

    private async Task<List<OutboxMessage>> MessagesAsync(ImprovementAction action)
    {
        var list = new List<OutboxMessage>();
        await foreach (var d in fixture.Store.QueryAsync<OutboxMessage>(StorageContainers.Improvement, "2026", DocumentQuery.Of<OutboxMessage>(), CancellationToken.None))
        {
            if (d.Value.IdempotencyKey.StartsWith(action.Id, StringComparison.Ordinal))
            {
                list.Add(d.Value);
            }
        }

        return list;
    }
}
