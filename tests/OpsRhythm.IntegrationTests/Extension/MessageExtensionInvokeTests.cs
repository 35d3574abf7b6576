using System.Text;
using System.Text.Json;
using OpsRhythm.Cards.Extension;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Risks;
using OpsRhythm.IntegrationTests.Messaging;
using OpsRhythm.Storage.Contract;
using static OpsRhythm.IntegrationTests.Planning.PlanningHarness;

namespace OpsRhythm.IntegrationTests.Extension;

/// <summary>
/// The message extension's invokes over a real socket to the real bot (sample company, SQLite, queries across
/// partitions on a turn failing): shapes, who may, limits and card sizes, and the cards' refresh per viewer.
/// </summary>
public sealed class MessageExtensionInvokeTests : IClassFixture<ExtensionServer>, IAsyncLifetime
{
    private readonly ExtensionServer _bot;
    private readonly HttpClient _client;
    private FakeConnector _connector = null!;
    private ExtensionActivities _teams = null!;

    public MessageExtensionInvokeTests(ExtensionServer bot)
    {
        _bot = bot;
        _client = bot.CreateLoopbackClient();
    }

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _teams = new ExtensionActivities(_client, _connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _connector.DisposeAsync();
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { "composeExtension/query", """{"commandId":"unknownCommand","parameters":[{"name":"query","value":"销售"}]}""" },
        { "composeExtension/query", "\"searchItems\"" },
        { "composeExtension/query", """{"commandId":"searchItems","parameters":"销售"}""" },
        { "composeExtension/queryLink", """{"url":""}""" },
        { "composeExtension/queryLink", "[]" },
        { "composeExtension/fetchTask", """{"commandId":"deleteEverything","commandContext":"message"}""" },
        { "composeExtension/submitAction", """{"commandId":"recordRisk","data":"not an object"}""" },
        { "composeExtension/submitAction", """{"commandId":"recordRisk","data":{"description":{"nested":1}},"commandContext":{"x":1}}""" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Invoke_NotShapedAsTeamsSendsIt_Answers400AndWritesNothing(string name, string value)
    {
        var before = await CountAsync<Risk>("sales");

        var (status, body) = await _teams.InvokeAsync(ExtensionActivities.Sales, name, JsonDocument.Parse(value).RootElement);

        Assert.Equal(400, status);
        Assert.Equal(Localizer.ZhCn["Common.Error.Malformed"], body.GetProperty("composeExtension").GetProperty("text").GetString());
        Assert.Equal(before, await CountAsync<Risk>("sales"));
    }

    [Fact]
    public async Task Query_SearchTextOverTheLimit_Answers400()
    {
        var (status, _) = await _teams.QueryAsync(ExtensionActivities.Sales, new string('销', SharedItemQueryLimit + 1));

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task SubmitAction_AValueLongerThanAnyCardValue_Answers400AndRegistersNothing()
    {
        var before = await CountAsync<Risk>("sales");

        var (status, _) = await _teams.SubmitAsync(ExtensionActivities.Sales, "recordRisk", RiskForm("sales", ("counterparty", new string('x', 20_001))));

        Assert.Equal(400, status);
        Assert.Equal(before, await CountAsync<Risk>("sales"));
    }

    [Fact]
    public async Task FetchTask_RecordRisk_OpensTheRegisterFormPrefilledFromTheMessageWithoutItsHtmlAndWithinTheLimit()
    {
        var html = "<p>华东渠道商&nbsp;<b>拖欠货款</b>已超过 90 天<br>请跟进</p><attachment id=\"1\"></attachment><script>x</script>" + new string('长', 3000);

        var (status, body) = await _teams.FetchAsync(ExtensionActivities.Sales, "recordRisk", html);

        Assert.Equal(200, status);
        var task = body.GetProperty("task");
        Assert.Equal("continue", task.GetProperty("type").GetString());
        Assert.Equal(Localizer.ZhCn["Extension.Command.RecordRisk"], task.GetProperty("value").GetProperty("title").GetString());
        var card = task.GetProperty("value").GetProperty("card").GetProperty("content");
        var description = Input(card, RiskFields.Description);
        Assert.StartsWith("华东渠道商 拖欠货款已超过 90 天\n请跟进", description, StringComparison.Ordinal);
        Assert.DoesNotContain("<", description, StringComparison.Ordinal);
        Assert.Equal(RiskLimits.Description, description.Length);
        Assert.Equal("sales", Input(card, RiskFields.Department));
        var submit = Assert.Single(card.GetProperty("actions").EnumerateArray());
        Assert.Equal("Action.Submit", submit.GetProperty("type").GetString());
        Assert.True(Encoding.UTF8.GetByteCount(card.GetRawText()) <= CardJson.MaxCardBytes);
    }

    [Fact]
    public async Task FetchTask_RecordRisk_ByLeadershipWhoMayNotRegister_RefusedNamingWhoMay()
    {
        var (status, body) = await _teams.FetchAsync(ExtensionActivities.Leadership, "recordRisk", "<p>风险</p>");

        Assert.Equal(200, status);
        var task = body.GetProperty("task");
        Assert.Equal("message", task.GetProperty("type").GetString());
        Assert.Contains(Localizer.ZhCn["Common.Role.OpsOffice"], task.GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitAction_RecordRisk_RegistersThroughTheRiskVerbWithAuditAndAnswersTheRisksCardForTheChat()
    {
        var description = "渠道商拖欠货款 " + Guid.NewGuid().ToString("N")[..8];

        var (status, body) = await _teams.SubmitAsync(ExtensionActivities.Sales, "recordRisk", RiskForm("sales", (RiskFields.Description, description)));

        Assert.Equal(200, status);
        var card = Assert.Single(ExtensionActivities.Cards(body));
        Assert.Contains(description, Texts(card), StringComparison.Ordinal);
        Assert.Equal(SharedItemVerbs.View, card.GetProperty("refresh").GetProperty("action").GetProperty("verb").GetString());
        Assert.False(card.GetProperty("refresh").TryGetProperty("userIds", out _));
        var risk = Assert.Single(await AllAsync<Risk>("sales"), r => r.Description == description);
        Assert.Contains(await AllAsync<AuditEvent>("sales"), a => a.EntityId == risk.Id && a.Action == "registered");
    }

    [Fact]
    public async Task SubmitAction_RecordRisk_BadRating_ShowsTheFormAgainWithTheErrorBesideTheFieldAndWhatWasTyped()
    {
        var description = "错误评级 " + Guid.NewGuid().ToString("N")[..8];

        var (status, body) = await _teams.SubmitAsync(ExtensionActivities.Sales, "recordRisk", RiskForm("sales", (RiskFields.Description, description), (RiskFields.Likelihood, "9")));

        Assert.Equal(200, status);
        var card = body.GetProperty("task").GetProperty("value").GetProperty("card").GetProperty("content");
        Assert.Contains(Localizer.ZhCn["Risks.Validation.Rating"], Texts(card), StringComparison.Ordinal);
        Assert.Equal(description, Input(card, RiskFields.Description));
        Assert.DoesNotContain(await AllAsync<Risk>("sales"), r => r.Description == description);
    }

    [Fact]
    public async Task SubmitAction_RecordRisk_InAnotherHeadsDepartment_RefusedNamingThatHeadAndNothingStored()
    {
        var description = "越权登记 " + Guid.NewGuid().ToString("N")[..8];

        var (_, body) = await _teams.SubmitAsync(ExtensionActivities.Sales, "recordRisk", RiskForm("production", (RiskFields.Description, description)));

        Assert.Contains("张伟", body.GetProperty("task").GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(await AllAsync<Risk>("production"), r => r.Description == description);
    }

    [Fact]
    public async Task SubmitAction_RecordSuggestion_SubmitsThroughTheSuggestionVerbAndClosesTheDialog()
    {
        var problem = "报销流程太慢 " + Guid.NewGuid().ToString("N")[..8];

        var (status, body) = await _teams.SubmitAsync(ExtensionActivities.Production, "recordSuggestion", new Dictionary<string, string>
        {
            [ImprovementFields.Problem] = problem, [ImprovementFields.Proposal] = "线上审批", [ImprovementFields.Benefit] = "节省两天", [ImprovementFields.MayThank] = "true", [DialogForm.CommandKey] = "recordSuggestion",
        });

        Assert.Equal(200, status);
        Assert.Equal("message", body.GetProperty("task").GetProperty("type").GetString());
        Assert.Equal(Localizer.ZhCn["Improvement.Submitted"], body.GetProperty("task").GetProperty("value").GetString());
        Assert.Contains(_bot.Store.QueryAcrossPartitionsAsync<OpsRhythm.Domain.Improvement.Suggestion>(StorageContainers.Improvement, DocumentQuery.Of<OpsRhythm.Domain.Improvement.Suggestion>(), CancellationToken.None).ToBlockingEnumerable(), s => s.Value.Problem == problem);
    }

    [Fact]
    public async Task SubmitAction_RecordActionItem_ByTheOpsOffice_RecordsItAndByAHead_IsRefused()
    {
        var text = "周五前提交回款计划 " + Guid.NewGuid().ToString("N")[..8];
        var deadline = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Dictionary<string, string> Form() => new() { [ActionItemFields.Text] = text, [ActionItemFields.Owner] = "li-qiang", [ActionItemFields.Deadline] = deadline, [ActionItemFields.Department] = "sales" };

        var (_, refused) = await _teams.SubmitAsync(ExtensionActivities.Sales, "recordActionItem", Form());
        var (status, body) = await _teams.SubmitAsync(ExtensionActivities.OpsOffice, "recordActionItem", Form());

        Assert.Equal("message", refused.GetProperty("task").GetProperty("type").GetString());
        Assert.Equal(200, status);
        var card = Assert.Single(ExtensionActivities.Cards(body));
        Assert.Contains(text, Texts(card), StringComparison.Ordinal);
        Assert.Equal(SharedItemKinds.ActionItem, card.GetProperty("refresh").GetProperty("action").GetProperty("data").GetProperty(SharedItemFields.Kind).GetString());
    }

    [Fact]
    public async Task Query_FindsRisksByNameOrDepartment_OnlyThoseTheSearcherMaySee_InPagesThatNeitherRepeatNorSkip()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 3; i++)
        {
            await _teams.SubmitAsync(ExtensionActivities.Sales, "recordRisk", RiskForm("sales", (RiskFields.Description, $"销售风险{tag}-{i}")));
        }

        await _teams.SubmitAsync(ExtensionActivities.Production, "recordRisk", RiskForm("production", (RiskFields.Description, $"生产风险{tag}"), (RiskFields.Owner, "zhang-wei")));

        var (_, salesHead) = await _teams.QueryAsync(ExtensionActivities.Sales, tag);
        var (_, opsOffice) = await _teams.QueryAsync(ExtensionActivities.OpsOffice, tag);
        var (_, page1) = await _teams.QueryAsync(ExtensionActivities.OpsOffice, tag, skip: 0, count: 2);
        var (_, page2) = await _teams.QueryAsync(ExtensionActivities.OpsOffice, tag, skip: 2, count: 2);
        var (_, byDepartment) = await _teams.QueryAsync(ExtensionActivities.Production, "生产部");

        Assert.Equal(3, ExtensionActivities.Cards(salesHead).Count);
        Assert.DoesNotContain($"生产风险{tag}", ExtensionActivities.Previews(salesHead), StringComparison.Ordinal);
        Assert.Equal(4, ExtensionActivities.Cards(opsOffice).Count);
        var paged = ExtensionActivities.Cards(page1).Concat(ExtensionActivities.Cards(page2)).Select(Texts).ToList();
        Assert.Equal(4, paged.Distinct().Count());
        Assert.Contains($"生产风险{tag}", ExtensionActivities.Previews(byDepartment), StringComparison.Ordinal);
        Assert.DoesNotContain("销售风险", ExtensionActivities.Previews(byDepartment), StringComparison.Ordinal);
        Assert.All(ExtensionActivities.Cards(opsOffice), c => Assert.True(Encoding.UTF8.GetByteCount(c.GetRawText()) <= CardJson.MaxCardBytes));
    }

    [Fact]
    public async Task Query_IndicatorsByName_FoundByEveryoneWithTheirRefresh()
    {
        var (status, body) = await _teams.QueryAsync(ExtensionActivities.Leadership, "率");

        Assert.Equal(200, status);
        Assert.Contains(ExtensionActivities.Cards(body), c => c.GetProperty("refresh").GetProperty("action").GetProperty("data").GetProperty(SharedItemFields.Kind).GetString() == SharedItemKinds.Indicator);
    }

    [Fact]
    public async Task Refresh_OfASharedRisk_ShowsItsCurrentStateToWhoMaySeeIt_AndWhoMayNotSeeItOnly()
    {
        var description = "共享风险 " + Guid.NewGuid().ToString("N")[..8];
        var (_, created) = await _teams.SubmitAsync(ExtensionActivities.Production, "recordRisk", RiskForm("production", (RiskFields.Description, description), (RiskFields.Owner, "zhang-wei")));
        var refresh = Assert.Single(ExtensionActivities.Cards(created)).GetProperty("refresh").GetProperty("action").GetProperty("data");
        var data = refresh.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

        var forHead = await RefreshAsync(ExtensionActivities.Production, data);
        var forOtherHead = await RefreshAsync(ExtensionActivities.Sales, data);

        Assert.Contains(description, Texts(forHead), StringComparison.Ordinal);
        Assert.DoesNotContain(description, forOtherHead.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("张伟", Texts(forOtherHead), StringComparison.Ordinal);
        Assert.Equal(SharedItemVerbs.View, forOtherHead.GetProperty("refresh").GetProperty("action").GetProperty("verb").GetString());
    }

    [Fact]
    public async Task QueryLink_ADashboardLink_BecomesTheDashboardsCard_AnotherLinkOfTheDomainStaysALink()
    {
        var (status, body) = await _teams.LinkAsync(ExtensionActivities.OpsOffice, "https://opsrhythm.example.com/dashboard/?department=sales&period=2026-12");
        var (_, other) = await _teams.LinkAsync(ExtensionActivities.OpsOffice, "https://opsrhythm.example.com/privacy");
        var (_, forbidden) = await _teams.LinkAsync(ExtensionActivities.Production, "https://opsrhythm.example.com/dashboard/?department=sales");

        Assert.Equal(200, status);
        var card = Assert.Single(ExtensionActivities.Cards(body));
        Assert.Contains("销售部", Texts(card), StringComparison.Ordinal);
        Assert.Contains(card.GetProperty("actions").EnumerateArray(), a => a.GetProperty("type").GetString() == "Action.OpenUrl");
        Assert.Empty(ExtensionActivities.Cards(other));
        Assert.DoesNotContain(Localizer.ZhCn["Extension.Fact.OpenRisks"], Texts(Assert.Single(ExtensionActivities.Cards(forbidden))), StringComparison.Ordinal);
    }

    private const int SharedItemQueryLimit = 100;

    private async Task<JsonElement> RefreshAsync(string from, Dictionary<string, string> data)
    {
        var activity = TestActivity.Invoke(_connector.ServiceUrl, _teams.Conversation, SharedItemVerbs.View, new Dictionary<string, string>(data), from);
        activity["value"] = new { action = new { type = "Action.Execute", verb = SharedItemVerbs.View, data }, trigger = "automatic" };
        using var response = await BotServer.PostActivityAsync(_client, activity);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        return body.GetProperty("value");
    }

    private static Dictionary<string, string> RiskForm(string department, params (string Field, string Value)[] typed)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [RiskFields.Department] = department,
            [RiskFields.Category] = nameof(RiskCategory.Market),
            [RiskFields.Description] = "渠道商拖欠货款",
            [RiskFields.Likelihood] = "3",
            [RiskFields.Impact] = "4",
            [RiskFields.Strategy] = nameof(ResponseStrategy.Transfer),
            [RiskFields.Counterparty] = "信用保险公司",
            [RiskFields.Owner] = "li-qiang",
            [DialogForm.CommandKey] = "recordRisk",
        };
        foreach (var (field, value) in typed)
        {
            form[field] = value;
        }

        return form;
    }

    private static string Input(JsonElement card, string id) =>
        Descendants(card).First(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("id", out var i) && i.GetString() == id).GetProperty("value").GetString()!;

    private async Task<List<T>> AllAsync<T>(string partition)
    {
        var all = new List<T>();
        var container = typeof(T) == typeof(Risk) || typeof(T) == typeof(AuditEvent) ? StorageContainers.Risks : throw new InvalidOperationException();
        await foreach (var stored in _bot.Store.QueryAsync<T>(container, partition, DocumentQuery.Of<T>(), CancellationToken.None))
        {
            all.Add(stored.Value);
        }

        return all;
    }

    private async Task<int> CountAsync<T>(string partition) => (await AllAsync<T>(partition)).Count;
}
