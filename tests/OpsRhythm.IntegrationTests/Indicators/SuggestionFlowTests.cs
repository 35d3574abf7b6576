using Microsoft.Extensions.Time.Testing;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Improvement;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Improvement;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.IntegrationTests.Storage;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Indicators;

/// <summary>A suggestion submitted by an employee, then accepted and rewarded by the ops office, on a real SQLite store.</summary>
public sealed class SuggestionFlowTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 3, 2, 0, 0, TimeSpan.Zero));

    private ImprovementCardHandler Handler() => new(new ChangeWriter(fixture.Store), fixture.Store, new OrganisationClock(_time));

    private static Turn TurnOf(Person actor) => new()
    {
        Activity = new Activity { Type = ActivityTypes.Invoke },
        Text = Localizer.ZhCn,
        Organisation = FeatureFlowOrganisation.Profile,
        Actor = actor,
    };

    private static CardActionRequest Request(string verb, string? id, string? version, Dictionary<string, string> inputs)
    {
        var data = new Dictionary<string, string>(inputs) { ["verb"] = verb };
        if (id is not null)
        {
            data["id"] = id;
        }

        if (version is not null)
        {
            data["v"] = version;
        }

        return new CardActionRequest(verb, data, IsRefresh: false);
    }

    private async Task<List<StoredDocument<T>>> AllAsync<T>()
    {
        var list = new List<StoredDocument<T>>();
        await foreach (var d in fixture.Store.QueryAsync<T>(StorageContainers.Improvement, "2026", DocumentQuery.Of<T>(), CancellationToken.None))
        {
            list.Add(d);
        }

        return list;
    }

    [Fact]
    public async Task SubmitThenAccept_RewardInLedgerAndThanksQueued()
    {
        var submitted = await Handler().HandleAsync(TurnOf(FeatureFlowOrganisation.Employee), Request(ImprovementVerbs.Submit, null, null, new()
        {
            ["problem"] = "报销单需要三次手工录入",
            ["proposal"] = "财务系统与 OA 表单共用数据",
            ["benefit"] = "每月节省约 20 小时",
            ["mayThank"] = "true",
        }), CancellationToken.None);

        Assert.IsType<CardResult>(submitted);
        var suggestion = Assert.Single(await AllAsync<Suggestion>());
        Assert.Contains(await AllAsync<OutboxMessage>(), m => m.Value.Target == OutboxTarget.Channel("channel-ops"));

        var accepted = await Handler().HandleAsync(TurnOf(FeatureFlowOrganisation.Ops), Request(ImprovementVerbs.Accept, suggestion.Key.Id, suggestion.ETag, new()
        {
            ["feasibility"] = "4", ["effectiveness"] = "5", ["costBenefit"] = "4", ["points"] = "80",
        }), CancellationToken.None);

        Assert.IsType<CardResult>(accepted);
        Assert.Equal(SuggestionState.Accepted, Assert.Single(await AllAsync<Suggestion>()).Value.State);
        var reward = Assert.Single(await AllAsync<RewardLedgerEntry>()).Value;
        Assert.Equal(("sun-hao", 80), (reward.PersonId, reward.Points));
        var messages = (await AllAsync<OutboxMessage>()).Select(m => m.Value.Target).ToList();
        Assert.Contains(OutboxTarget.Channel("channel-general"), messages);
        Assert.Contains(OutboxTarget.Person("sun-hao"), messages);
    }

    [Fact]
    public async Task Accept_ByDepartmentHead_ForbiddenAndNothingWritten()
    {
        var suggestion = new Suggestion("2025-sug-forbidden01", "sun-hao", "p", "q", "b") { SubmittedAt = _time.GetUtcNow() };
        var stored = await fixture.Store.CreateAsync(StorageContainers.Improvement, new DocumentKey("2025", suggestion.Id), suggestion, CancellationToken.None);

        var result = await Handler().HandleAsync(TurnOf(FeatureFlowOrganisation.SalesHead), Request(ImprovementVerbs.Accept, suggestion.Id, stored.ETag, new()
        {
            ["feasibility"] = "4", ["effectiveness"] = "5", ["costBenefit"] = "4", ["points"] = "80",
        }), CancellationToken.None);

        Assert.Equal(403, Assert.IsType<ErrorResult>(result).StatusCode);
        var unchanged = await fixture.Store.ReadAsync<Suggestion>(StorageContainers.Improvement, stored.Key, CancellationToken.None);
        Assert.Equal(stored.ETag, unchanged!.ETag);
    }
}
