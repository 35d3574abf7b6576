using System.Text.Json.Nodes;
using OpsRhythm.Cards.Extension;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Risks;
using static OpsRhythm.EndToEndTests.Extension.MessageExtensionSteps;

namespace OpsRhythm.EndToEndTests.Extension;

/// <summary>
/// Issue 18's message extension in the Playground's group chat, in Chinese: the Playground sends the compose box's
/// and the message menu's invokes (composeExtension/query, queryLink, fetchTask, submitAction) to the real bot as
/// Teams does, from each person in the chat, and a result's card is shared into the chat and refreshed per viewer.
/// People (scripts/playground/.m365agentsplayground.yml): 王敏 the operations office, 李强 head of sales, 张伟 head of production.
/// </summary>
[Collection(PlaygroundCollectionDefinition.Name)]
public sealed class MessageExtensionTests(PlaygroundFixture fixture)
{
    private static readonly Localizer Zh = Localizer.ZhCn;
    private readonly MessageExtensionSteps _teams = new(fixture.Client);

    [Fact]
    public async Task RecordAsRisk_OnAChatMessage_RegistersTheRiskAndItsSharedCardShowsEachViewerWhatTheyMaySee()
    {
        await _teams.SpeakChineseAsync(SalesHead, ProductionHead);
        var tag = Tag();
        var message = _teams.Message($"<p>华东渠道商&nbsp;<b>拖欠货款</b>已超过 90 天 {tag}</p><p>请销售部跟进</p>", OpsOffice);

        var dialog = await _teams.FetchAsync(SalesHead, "recordRisk", message);

        Assert.Equal("continue", dialog["task"]!["type"]!.GetValue<string>());
        Assert.Equal(Zh["Extension.Command.RecordRisk"], dialog["task"]!["value"]!["title"]!.GetValue<string>());
        var form = DialogCard(dialog);
        Assert.Equal($"华东渠道商 拖欠货款已超过 90 天 {tag}\n请销售部跟进", InputValue(form, RiskFields.Description));
        Assert.Equal("sales", InputValue(form, RiskFields.Department));

        var created = await _teams.SubmitAsync(SalesHead, "recordRisk", form,
            (RiskFields.Category, "Market"), (RiskFields.Likelihood, "3"), (RiskFields.Impact, "4"),
            (RiskFields.Strategy, "Transfer"), (RiskFields.Counterparty, "信用保险公司"), (RiskFields.Owner, "li-qiang"));

        var card = Assert.Single(ResultCards(created));
        Assert.Contains(tag, Texts(card), StringComparison.Ordinal);
        Assert.Contains("销售部", Texts(card), StringComparison.Ordinal);

        // 王敏 sends the card into the chat; each person's Teams refreshes it for them.
        var shared = await _teams.ShareAsync(card);
        var forSalesHead = await _teams.RefreshAsync(shared, card, SalesHead);
        var forProductionHead = await _teams.RefreshAsync(shared, card, ProductionHead);

        Assert.Contains(tag, Texts(forSalesHead), StringComparison.Ordinal);
        Assert.DoesNotContain(tag, forProductionHead.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("李强", Texts(forProductionHead), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordAsRisk_ByLeadershipWhoMayNotRegister_TheDialogSaysWhoMay()
    {
        await _teams.SpeakChineseAsync("user-id-5");

        var answer = await _teams.FetchAsync("user-id-5", "recordRisk", _teams.Message("<p>原材料涨价</p>", OpsOffice));

        Assert.Equal("message", answer["task"]!["type"]!.GetValue<string>());
        Assert.Contains(Zh["Common.Role.OpsOffice"], answer["task"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FindsRisksByName_OnlyForThoseWhoMaySeeThem()
    {
        await _teams.SpeakChineseAsync(SalesHead, ProductionHead);
        var tag = Tag();
        var dialog = await _teams.FetchAsync(SalesHead, "recordRisk", _teams.Message($"<p>大客户流失 {tag}</p>", SalesHead));
        await _teams.SubmitAsync(SalesHead, "recordRisk", DialogCard(dialog),
            (RiskFields.Category, "Market"), (RiskFields.Likelihood, "2"), (RiskFields.Impact, "3"),
            (RiskFields.Strategy, "Transfer"), (RiskFields.Counterparty, "信用保险公司"), (RiskFields.Owner, "li-qiang"));

        var opsOffice = ResultCards(await _teams.SearchAsync(OpsOffice, tag));
        var productionHead = ResultCards(await _teams.SearchAsync(ProductionHead, tag));
        var byDepartment = ResultCards(await _teams.SearchAsync(SalesHead, "销售部"));

        var found = Assert.Single(opsOffice);
        Assert.Contains($"大客户流失 {tag}", Texts(found), StringComparison.Ordinal);
        Assert.Equal(SharedItemVerbs.View, found["refresh"]!["action"]!["verb"]!.GetValue<string>());
        Assert.Empty(productionHead);
        Assert.Contains(byDepartment, c => Texts(c).Contains(tag, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecordAsActionItem_ByTheOpsOffice_RecordsItForTheMessagesAuthor_AndAHeadIsRefused()
    {
        await _teams.SpeakChineseAsync(OpsOffice, SalesHead);
        var tag = Tag();
        var message = _teams.Message($"<p>周五前提交回款计划 {tag}</p>", SalesHead);

        var dialog = await _teams.FetchAsync(OpsOffice, "recordActionItem", message);
        var form = DialogCard(dialog);
        Assert.Equal(Zh["Extension.Command.RecordActionItem"], dialog["task"]!["value"]!["title"]!.GetValue<string>());
        Assert.Equal($"周五前提交回款计划 {tag}", InputValue(form, ActionItemFields.Text));
        Assert.Equal("li-qiang", InputValue(form, ActionItemFields.Owner));

        var refused = await _teams.SubmitAsync(SalesHead, "recordActionItem", form, (ActionItemFields.Department, "sales"));
        var recorded = await _teams.SubmitAsync(OpsOffice, "recordActionItem", form, (ActionItemFields.Department, "sales"));

        Assert.Equal("message", refused["task"]!["type"]!.GetValue<string>());
        Assert.Contains(Zh["Common.Role.OpsOffice"], refused["task"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        var card = Assert.Single(ResultCards(recorded));
        Assert.Contains(tag, Texts(card), StringComparison.Ordinal);
        Assert.Contains("李强", Texts(card), StringComparison.Ordinal);
        Assert.Contains(ResultCards(await _teams.SearchAsync(SalesHead, tag)), c => Texts(c).Contains(tag, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecordAsSuggestion_OnAChatMessage_SubmitsItAndTheDialogSaysSo()
    {
        await _teams.SpeakChineseAsync(ProductionHead);
        var problem = "报销流程太慢 " + Tag();

        var dialog = await _teams.FetchAsync(ProductionHead, "recordSuggestion", _teams.Message($"<div>{problem}</div>", ProductionHead));
        var form = DialogCard(dialog);
        Assert.Equal(problem, InputValue(form, ImprovementFields.Problem));
        var answer = await _teams.SubmitAsync(ProductionHead, "recordSuggestion", form,
            (ImprovementFields.Proposal, "改为线上审批"), (ImprovementFields.Benefit, "每单节省两天"), (ImprovementFields.MayThank, "true"));

        Assert.Equal("message", answer["task"]!["type"]!.GetValue<string>());
        Assert.Equal(Zh["Improvement.Submitted"], answer["task"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task PastedDashboardLink_BecomesTheDashboardsCard_WithDetailOnlyForWhoMaySeeIt()
    {
        await _teams.SpeakChineseAsync(OpsOffice, ProductionHead);
        const string link = "https://opsrhythm.example.com/dashboard/?department=sales";

        var forOpsOffice = Assert.Single(ResultCards(await _teams.PasteLinkAsync(OpsOffice, link)));
        var forProductionHead = Assert.Single(ResultCards(await _teams.PasteLinkAsync(ProductionHead, link)));
        var otherPage = ResultCards(await _teams.PasteLinkAsync(OpsOffice, "https://opsrhythm.example.com/privacy"));

        Assert.Contains("销售部", Texts(forOpsOffice), StringComparison.Ordinal);
        Assert.Contains(Zh["Extension.Fact.OpenRisks"], Texts(forOpsOffice), StringComparison.Ordinal);
        Assert.Contains(CardTextActions(forOpsOffice), a => a == "Action.OpenUrl");
        Assert.DoesNotContain(Zh["Extension.Fact.OpenRisks"], Texts(forProductionHead), StringComparison.Ordinal);
        Assert.Empty(otherPage);
    }

    private static IEnumerable<string> CardTextActions(JsonObject card) =>
        Playground.CardText.Actions(card).Select(a => a["type"]!.GetValue<string>());

    private static string Tag() => Guid.NewGuid().ToString("N")[..8];
}
