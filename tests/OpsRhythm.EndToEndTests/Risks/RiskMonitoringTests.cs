using System.Text.Json.Nodes;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Risks;
using OpsRhythm.EndToEndTests.Playground;

namespace OpsRhythm.EndToEndTests.Risks;

/// <summary>
/// through the Playground: 王敏 (head of the ops office, whose channel is channel-ops) registers a critical
/// risk, which is posted to the ops channel, then reassesses it on its card, which keeps the history.
/// </summary>
[Collection(PlaygroundCollectionDefinition.Name)]
public sealed class RiskMonitoringTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task 登记极高风险_运营频道收到通知_重新评估后卡片显示评估记录()
    {
        var client = fixture.Client;
        var channel = client.Config.ChannelIds.Single(id => id == "channel-ops");
        await LetBotSeeChannelAsync(client, channel);
        var description = "主要原材料涨价 " + Guid.NewGuid().ToString("N")[..6];

        var since = client.Feed.Position;
        await client.SendMessageAsync(client.PersonalChatId, "登记风险");
        var form = await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && (m.Contains(Localizer.ZhCn["Risks.Form.WarningTitle"]) || m.Contains(Localizer.EnUs["Risks.Form.WarningTitle"])), since);
        var registered = await client.InvokeCardActionAsync(form.ConversationId, form.MessageId!, form.FindExecuteAction(RiskVerbs.Register)!, new JsonObject
        {
            ["department"] = "ops", ["category"] = "Market", ["description"] = description,
            ["likelihood"] = "4", ["impact"] = "4", ["owner"] = "wang-min", ["strategy"] = "Transfer", ["counterparty"] = "长期供货协议",
        });
        Assert.Contains(CardText.Strings(registered), t => t == Localizer.ZhCn["Risks.Registered"] || t == Localizer.EnUs["Risks.Registered"]);

        var raised = await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.ConversationId.StartsWith(channel, StringComparison.Ordinal) && m.Contains(description), since);
        Assert.Contains(Localizer.ZhCn.Format("Risks.Raised.Registered", Localizer.ZhCn["Risks.Level.Critical"], "运营管理部"), raised.ReadableText, StringComparison.Ordinal);

        var reassessed = await client.InvokeCardActionAsync(form.ConversationId, form.MessageId!, InvokeAnswers.FindExecuteAction(registered, RiskVerbs.Reassess)!, new JsonObject
        {
            ["newLikelihood"] = "2", ["newImpact"] = "4", ["reassessNote"] = "已签订锁价协议",
        });
        var shown = CardText.Strings(reassessed).ToList();
        Assert.Contains(shown, t => t == Localizer.ZhCn["Risks.History.Title"] || t == Localizer.EnUs["Risks.History.Title"]);
        Assert.Contains(shown, t => t.Contains("4×4 → 2×4", StringComparison.Ordinal) && t.Contains("已签订锁价协议", StringComparison.Ordinal));
    }

    /// <summary>The bot learns a channel's conversation when it is @mentioned there, as after installation in a team.</summary>
    private static async Task LetBotSeeChannelAsync(PlaygroundClient client, string channel)
    {
        var since = client.Feed.Position;
        var activity = await client.NewActivityAsync(channel, "message", client.Config.CurrentUser.Id);
        activity["text"] = "<at>OpsRhythm</at> 帮助";
        activity["entities"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>OpsRhythm</at>",
            ["mentioned"] = activity["recipient"]!.DeepClone(),
        });
        await client.SendActivityAsync(activity);
        await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && (m.Contains(Localizer.ZhCn["Welcome.HelpTitle"]) || m.Contains(Localizer.EnUs["Welcome.HelpTitle"])), since);
    }
}
