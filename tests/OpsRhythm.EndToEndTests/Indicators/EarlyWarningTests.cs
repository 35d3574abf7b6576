using System.Text.Json.Nodes;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Risks;
using OpsRhythm.EndToEndTests.Playground;

namespace OpsRhythm.EndToEndTests.Indicators;

/// <summary>
/// through the Playground: the ops office (王敏, head of the ops department whose channel is
/// channel-ops) registers a risk watching the complaint rate, enters a value past its critical
/// threshold, and the alert arrives in the department's channel.
/// </summary>
[Collection(PlaygroundCollectionDefinition.Name)]
public sealed class EarlyWarningTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task EnterValue_PastCriticalThreshold_AlertPostedInDepartmentChannel()
    {
        var client = fixture.Client;
        var channel = client.Config.ChannelIds.Single(id => id == "channel-ops");
        await LetBotSeeChannelAsync(client, channel);

        var since = client.Feed.Position;
        await client.SendMessageAsync(client.PersonalChatId, "登记风险");
        var form = await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && (m.Contains(Localizer.ZhCn["Risks.Form.WarningTitle"]) || m.Contains(Localizer.EnUs["Risks.Form.WarningTitle"])), since);
        var registered = await client.InvokeCardActionAsync(form.ConversationId, form.MessageId!, form.FindExecuteAction(RiskVerbs.Register)!, new JsonObject
        {
            ["department"] = "ops", ["category"] = "Market", ["description"] = "客户投诉上升 " + Guid.NewGuid().ToString("N")[..6],
            ["likelihood"] = "4", ["impact"] = "4", ["owner"] = "wang-min", ["strategy"] = "Reduce",
            ["actionText"] = "每周复盘投诉", ["actionOwner"] = "wang-min",
            ["indicator"] = "complaint-rate", ["warning"] = "3", ["critical"] = "5",
        });
        Assert.Contains(CardText.Strings(registered), t => t == Localizer.ZhCn["Risks.Registered"] || t == Localizer.EnUs["Risks.Registered"]);

        since = client.Feed.Position;
        await client.SendMessageAsync(client.PersonalChatId, "录入指标");
        var entry = await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && (m.Contains(Localizer.ZhCn["Indicators.Entry.Hint"]) || m.Contains(Localizer.EnUs["Indicators.Entry.Hint"])), since);
        await client.InvokeCardActionAsync(entry.ConversationId, entry.MessageId!, entry.FindExecuteAction(IndicatorVerbs.SaveFigure)!, new JsonObject
        {
            ["department"] = "ops", ["indicator"] = "complaint-rate", ["period"] = "2026-M10", ["kind"] = "Value", ["value"] = "5.6",
        });

        var title = Localizer.ZhCn.Format("Risks.Alert.CriticalTitle", "客户投诉率");
        var alert = await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.Contains(title) && m.ConversationId.StartsWith(channel, StringComparison.Ordinal), since);
        Assert.Contains("5.6", alert.ReadableText, StringComparison.Ordinal);
        Assert.NotNull(alert.FindExecuteAction(RiskVerbs.AcknowledgeAlert));
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
