using System.Text.Json.Nodes;
using OpsRhythm.Cards.Improvement;
using OpsRhythm.Cards.Localization;
using OpsRhythm.EndToEndTests.Playground;

namespace OpsRhythm.EndToEndTests.Indicators;

/// <summary>R-2.4 through the Playground: a suggestion submitted, accepted by the ops office and rewarded.</summary>
[Collection(PlaygroundCollectionDefinition.Name)]
public sealed class SuggestionTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task Suggestion_SubmittedAcceptedRewarded()
    {
        var client = fixture.Client;
        var problem = "报销单重复录入 " + Guid.NewGuid().ToString("N")[..6];
        var since = client.Feed.Position;
        await client.SendMessageAsync(client.PersonalChatId, "建议");
        var form = await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && (m.Contains(Localizer.ZhCn["Improvement.Form.Hint"]) || m.Contains(Localizer.EnUs["Improvement.Form.Hint"])), since);
        var submitted = await client.InvokeCardActionAsync(form.ConversationId, form.MessageId!, form.FindExecuteAction(ImprovementVerbs.Submit)!, new JsonObject
        {
            ["problem"] = problem, ["proposal"] = "财务系统与 OA 共用数据", ["benefit"] = "每月节省 20 小时", ["mayThank"] = "true",
        });
        Assert.Contains(CardText.Strings(submitted), t => t == Localizer.ZhCn["Improvement.Submitted"] || t == Localizer.EnUs["Improvement.Submitted"]);

        // 王敏 is also the ops office: the list comes with the evaluation card of each waiting suggestion.
        since = client.Feed.Position;
        await client.SendMessageAsync(client.PersonalChatId, "建议列表");
        var evaluation = await client.Feed.WaitForAsync(
            m => m.Action == PlaygroundMessage.Created && m.ConversationId == client.PersonalChatId && m.Contains(problem) && m.FindExecuteAction(ImprovementVerbs.Accept) is not null, since);
        since = client.Feed.Position;
        var accepted = await client.InvokeCardActionAsync(evaluation.ConversationId, evaluation.MessageId!, evaluation.FindExecuteAction(ImprovementVerbs.Accept)!, new JsonObject
        {
            ["feasibility"] = "4", ["effectiveness"] = "5", ["costBenefit"] = "4", ["points"] = "80",
        });
        Assert.Contains(CardText.Strings(accepted), t => t == Localizer.ZhCn["Improvement.State.Accepted"] || t == Localizer.EnUs["Improvement.State.Accepted"]);

        // The proposer's notice comes through the outbox.
        await client.Feed.WaitForMessageContainingAsync(Localizer.ZhCn.Format("Improvement.Decided.Accepted", 80), since);
    }
}
