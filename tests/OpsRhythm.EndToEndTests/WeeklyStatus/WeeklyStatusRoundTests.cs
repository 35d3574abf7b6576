using System.Text.Json.Nodes;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.EndToEndTests.Playground;

namespace OpsRhythm.EndToEndTests.WeeklyStatus;

/// <summary>
/// through the Playground: the heads of sales (李强) and production (张伟) submit their status
/// cards (王敏 acting as each of them in the personal chat), the follow-up reminder reaches the head
/// who has not (王敏 herself, head of the ops department), and the digest arrives in channel-ops.
/// </summary>
public sealed class WeeklyStatusRoundTests(WeeklyStatusFixture fixture) : IClassFixture<WeeklyStatusFixture>
{
    private static readonly Localizer[] Languages = [Localizer.ZhCn, Localizer.EnUs];

    [Fact]
    public async Task StatusRound_TwoDepartmentsSubmit_ReminderToTheThird_DigestInOpsChannel()
    {
        var client = fixture.Client;
        await LetBotSeeChannelAsync(client, "channel-ops");

        await SubmitAsAsync(client, "李强", "销售部", new JsonObject
        {
            ["task0.title"] = "新品报价单", ["task0.percent"] = "30", ["task0.health"] = "Blocked",
            ["helpFrom"] = "finance", ["helpNeeded"] = "提供新品成本核算",
        });
        await SubmitAsAsync(client, "张伟", "生产部", new JsonObject
        {
            ["task0.title"] = "产线改造", ["task0.percent"] = "80", ["task0.health"] = "AtRisk",
        });
        await SayAsync(client, "恢复身份", "Welcome.ActAs.Stopped");

        var since = client.Feed.Position;
        await client.SendMessageAsync(client.PersonalChatId, "运行任务 weekly-status-reminder");
        var reminder = await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.ConversationId == client.PersonalChatId && Languages.Any(l => m.Contains(Before(l["WeeklyStatus.Reminder"], "{0}"))), since);
        Assert.True(reminder.Contains("运营管理部") || reminder.Contains("Operations Office"), reminder.ToString());
        Assert.NotNull(reminder.FindExecuteAction(WeeklyStatusVerbs.Submit));

        since = client.Feed.Position;
        await client.SendMessageAsync(client.PersonalChatId, "运行任务 weekly-status-digest");
        var digest = await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.ConversationId.StartsWith("channel-ops", StringComparison.Ordinal) && m.Contains(Before(Localizer.ZhCn["WeeklyStatus.Digest.Title"], "{0}")), since);
        var text = digest.ReadableText;
        Assert.Contains(Localizer.ZhCn.Format("WeeklyStatus.Agenda.Blocker", "销售部", "新品报价单"), text, StringComparison.Ordinal);
        Assert.Contains(Localizer.ZhCn.Format("WeeklyStatus.Agenda.HelpRequest", "销售部", "财务部", "提供新品成本核算"), text, StringComparison.Ordinal);
        Assert.Contains("运营管理部, 财务部, 人力资源部", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf(Localizer.ZhCn["WeeklyStatus.Digest.Blockers"], StringComparison.Ordinal) < text.IndexOf(Localizer.ZhCn["WeeklyStatus.Digest.Missing"], StringComparison.Ordinal), text);
    }

    /// <summary>Acts as the head, opens "周报" and submits the card with these inputs; the answer is the submitted card.</summary>
    private static async Task SubmitAsAsync(PlaygroundClient client, string head, string department, JsonObject inputs)
    {
        await SayAsync(client, "扮演 " + head, "Welcome.ActAs.Started", head);
        var since = client.Feed.Position;
        await client.SendMessageAsync(client.PersonalChatId, "周报");
        var card = await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.Contains(department) && m.FindExecuteAction(WeeklyStatusVerbs.Submit) is not null, since);

        var answer = await client.InvokeCardActionAsync(card.ConversationId, card.MessageId!, card.FindExecuteAction(WeeklyStatusVerbs.Submit)!, inputs);

        var shown = string.Join('\n', CardText.Strings(answer["value"]));
        Assert.True(Languages.Any(l => shown.Contains(Before(l["WeeklyStatus.Submitted"], "（"), StringComparison.Ordinal) || shown.Contains(Before(l["WeeklyStatus.Submitted"], " ("), StringComparison.Ordinal)), shown);
    }

    /// <summary>Types a command in the personal chat and waits for the bot's answer, known by the start of a text.</summary>
    private static async Task SayAsync(PlaygroundClient client, string text, string answerKey, string? mustContain = null)
    {
        var since = client.Feed.Position;
        await client.SendMessageAsync(client.PersonalChatId, text);
        await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && Languages.Any(l => m.Contains(Before(l[answerKey], "{0}"))) && (mustContain is null || m.Contains(mustContain)), since);
    }

    private static string Before(string text, string marker) => text.Split(marker)[0];

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
        await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && Languages.Any(l => m.Contains(l["Welcome.HelpTitle"])), since);
    }
}
