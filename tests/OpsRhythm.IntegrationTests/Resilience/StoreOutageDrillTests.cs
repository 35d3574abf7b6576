using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpsRhythm.Cards.Localization;
using OpsRhythm.IntegrationTests.Messaging;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.IntegrationTests.Resilience;

/// <summary>
/// Drill: the store stops answering in the middle of a turn, on the real host over a real SQLite file.
/// The user is told, in their language, that nothing was lost and to try again; nothing of the change
/// (state, audit, outbox) is written; and the very click they made, with what they typed, succeeds
/// once the store is back, because the failed attempt moved no version on.
/// </summary>
public sealed class StoreOutageDrillTests : IAsyncLifetime
{
    private const string Head = "user-id-1";

    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task PlanSave_DatabaseLockedAtCommit_AnswersTryAgainWritesNothingAndTheSameClickSavesLater(string locale)
    {
        using var host = new ResilienceHost(builder => builder.UseSetting("Storage:Sqlite:BusyTimeout", "00:00:00.200"));
        using var http = host.CreateLoopbackClient();
        var client = new DrillClient(http, _connector);
        var (click, draft) = await DraftClickAsync(client, locale);

        StoreSnapshot before;
        DrillAnswer refused;
        // Another process holds the write lock (WAL: reads go on, every write waits out the busy timeout and fails).
        await using (var blocker = new SqliteConnection($"Data Source={host.DatabasePath};Pooling=False"))
        {
            await blocker.OpenAsync();
            await using var exclusive = blocker.CreateCommand();
            exclusive.CommandText = "BEGIN EXCLUSIVE;";
            await exclusive.ExecuteNonQueryAsync();
            before = StoreSnapshot.Read(host.DatabasePath);

            refused = await client.PostAsync(click.DeepClone().AsObject());

            Assert.Empty(StoreSnapshot.Read(host.DatabasePath).ChangesSince(before));
        }

        AssertTryAgain(refused, locale);
        var retried = await client.PostAsync(click.DeepClone().AsObject());

        Assert.Equal(200, retried.InvokeStatus);
        Assert.NotNull(retried.InvokeCard);
        var saved = StoreSnapshot.Read(host.DatabasePath).ChangesSince(before);
        Assert.Contains(saved, c => c.Type == "DepartmentPlan" && c.After!.Body.Contains(draft, StringComparison.Ordinal));
        Assert.Empty(host.Errors);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task PlanSave_StoreDownAfterEachNumberOfOperations_EveryFailureTriesAgainAndLeavesNothingHalfWritten(string locale)
    {
        using var host = new ResilienceHost(decorateStore: (_, inner) => new FaultyDocumentStore(inner));
        using var http = host.CreateLoopbackClient();
        var client = new DrillClient(http, _connector);
        var store = (FaultyDocumentStore)host.Services.GetRequiredService<IDocumentStore>();
        var (click, draft) = await DraftClickAsync(client, locale);

        // Down after 0, 1, 2... operations of the turn: each read, then the commit, fails in turn until the turn gets through.
        var failures = 0;
        for (var allowed = 0; allowed < 50; allowed++)
        {
            var before = StoreSnapshot.Read(host.DatabasePath);
            store.FailAfter(allowed);
            var answer = await client.PostAsync(click.DeepClone().AsObject());
            store.Heal();
            var changes = StoreSnapshot.Read(host.DatabasePath).ChangesSince(before);
            if (answer.InvokeStatus == 200)
            {
                Assert.Contains(changes, c => c.Type == "DepartmentPlan" && c.After!.Body.Contains(draft, StringComparison.Ordinal));
                break;
            }

            AssertTryAgain(answer, locale);
            failures++;
            if (changes.Count == 0)
            {
                continue;
            }

            // Down after the commit, while the answer was being drawn: the whole change is there (never a
            // part of it), and the same click again shows the saved draft on the current card.
            Assert.Contains(changes, c => c.Type == "DepartmentPlan" && c.After!.Body.Contains(draft, StringComparison.Ordinal));
            Assert.Contains(changes, c => c.Type == "AuditEvent" && c.Key.PartitionKey == changes[0].Key.PartitionKey);
            var again = await client.PostAsync(click.DeepClone().AsObject());
            Assert.Equal(200, again.InvokeStatus);
            Assert.Contains(draft, again.InvokeCard!.Value.GetRawText(), StringComparison.Ordinal);
            break;
        }

        Assert.True(failures >= 2, $"The save got through after {failures} failed attempts; a save reads before it commits.");
        Assert.Empty(host.Errors);
    }

    [Theory]
    [InlineData("帮助", "zh-CN")]
    [InlineData("help", "en-US")]
    public async Task ChatCommand_StoreDown_RepliesTryAgainInTheUsersLanguage(string text, string locale)
    {
        using var host = new ResilienceHost(decorateStore: (_, inner) => new FaultyDocumentStore(inner));
        using var http = host.CreateLoopbackClient();
        var client = new DrillClient(http, _connector);
        var store = (FaultyDocumentStore)host.Services.GetRequiredService<IDocumentStore>();
        Assert.Equal(200, (await client.PostAsync(client.Message(Head, text, locale, "chat-up"))).HttpStatus);

        store.FailAfter(0);
        var answer = await client.PostAsync(client.Message(Head, text, locale, "chat-down"));
        store.Heal();

        Assert.Equal(200, answer.HttpStatus);
        Assert.Equal([Localizer.For(locale)["Common.Error.StoreBusy"]], answer.ReplyTexts);
        Assert.Empty(host.Errors);
    }

    private static void AssertTryAgain(DrillAnswer answer, string locale)
    {
        Assert.Equal(200, answer.HttpStatus);
        Assert.Equal(503, answer.InvokeStatus);
        Assert.Equal(Localizer.For(locale)["Common.Error.StoreBusy"], answer.InvokeMessage);
    }

    /// <summary>
    /// The ops office opens the cycles and the sales head opens a plan section: the click that saves it,
    /// drawn from the current card, with a draft typed into every text field.
    /// </summary>
    private static async Task<(JsonObject Click, string Draft)> DraftClickAsync(DrillClient client, string locale)
    {
        var crawler = new CardCrawler(client, ["开启月度计划", "开启季度计划", "开启年度计划", "月度计划", "季度计划", "年度计划"], (_, _) => { });
        await crawler.CrawlAsync(["user-id-0", Head], clicksPerPerson: 40);
        var seen = crawler.Seen.LastOrDefault(s => s.Person == Head && s.Button.Verb == "plan.save" && s.Button.Inputs.Any(i => i.Type == "Input.Text"));
        Assert.True(seen.Button is not null, "The sales head was never shown a plan section to save.");

        // The language the head reads: a message in it first, as Teams clients send.
        await client.PostAsync(client.Message(Head, locale == "en-US" ? "help" : "帮助", locale, "drafting"));
        var edit = (JsonObject)seen.Button.Data.DeepClone();
        edit["verb"] = "plan.edit";
        var current = await client.PostAsync(client.Invoke(Head, "plan.edit", edit, locale, "drafting"));
        var button = current.Cards.SelectMany(CardButton.On).First(b => b.Verb == "plan.save");

        var draft = "草稿-draft-" + Guid.NewGuid().ToString("N")[..8];
        var data = (JsonObject)button.Data.DeepClone();
        foreach (var input in button.Inputs)
        {
            data[input.Id] = input.Type == "Input.Text" ? draft : input.Plausible(1);
        }

        return (client.Invoke(Head, "plan.save", data, locale, "drafting"), draft);
    }
}
