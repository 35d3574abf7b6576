using System.Globalization;
using System.Text.Json.Nodes;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Meetings.Minutes;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.EndToEndTests.Playground;

namespace OpsRhythm.EndToEndTests.Meetings;

/// <summary>
/// A meeting's action item end to end in Chinese (R-6.2, issue 18), through the Playground: Teams sends
/// meetingStart to the meeting chat (the Playground's group chat, its Teams meeting named by the join link),
/// the bot posts the minutes card; 王敏 (operations office) opens her copy (Universal Actions refresh),
/// records an action item she owns; meetingEnd posts the minutes and sends her the item in her 1:1 chat,
/// where she closes it with a note.
/// </summary>
[Collection(PlaygroundCollectionDefinition.Name)]
public sealed class MeetingMinutesTests(PlaygroundFixture fixture)
{
    private static readonly Localizer Zh = Localizer.ZhCn;

    // The Playground labels its own invokes en-US; what the bot sends on its own (the minutes, the owner's card) is in Chinese.
    private static bool Says(IEnumerable<string> texts, string key) =>
        texts.Any(t => t == Zh[key] || t == Localizer.EnUs[key]);

    [Fact]
    public async Task MeetingChat_RecordActionItemThenOwnerClosesIt_AllInChinese()
    {
        var client = fixture.Client;
        var thread = $"19:meeting_{Guid.NewGuid():N}@thread.v2";
        var joinUrl = "https://teams.microsoft.com/l/meetup-join/" + Uri.EscapeDataString(thread) + "/0";
        var item = "更新交付计划 " + Guid.NewGuid().ToString("N")[..6];
        // 王敏 writes in Chinese (the owner's card is in the language she last wrote in).
        var since = client.Feed.Position;
        await client.SendMessageAsAsync(client.PersonalChatId, client.Config.CurrentUser.Id, "帮助", "zh-CN");
        await client.Feed.WaitForMessageContainingAsync(Zh["Welcome.HelpTitle"], since);

        since = client.Feed.Position;
        await client.SendActivityAsync(await MeetingEventAsync(client, "application/vnd.microsoft.meetingStart", joinUrl));
        var minutes = await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.ConversationId == client.Config.GroupChatId
            && m.Contains("会议纪要测试"), since);
        Assert.Null(minutes.FindExecuteAction(MinutesVerbs.RecordItem));

        // Teams asks for the viewer's copy (refresh.userIds holds the operations office): hers carries the form.
        var refresh = (JsonObject)minutes.Cards[0]["refresh"]!["action"]!.DeepClone();
        var mine = await client.InvokeCardActionAsync(minutes.ConversationId, minutes.MessageId!, refresh);
        var record = CardText.Actions(mine["value"]).First(a => (string?)a["verb"] == MinutesVerbs.RecordItem);
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var deadline = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, shanghai).DateTime).AddDays(3);
        var recorded = await client.InvokeCardActionAsync(minutes.ConversationId, minutes.MessageId!, record, new JsonObject
        {
            [ActionItemFields.Text] = item,
            [ActionItemFields.Owner] = "wang-min",
            [ActionItemFields.Deadline] = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        var recordedText = CardText.Strings(recorded).ToList();
        Assert.True(Says(recordedText, "Minutes.Card.ItemRecorded"), string.Join(" | ", recordedText));
        Assert.Contains(recordedText, t => t.Contains(item, StringComparison.Ordinal));

        since = client.Feed.Position;
        await client.SendActivityAsync(await MeetingEventAsync(client, "application/vnd.microsoft.meetingEnd", joinUrl));
        var assigned = await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.ConversationId == client.PersonalChatId
            && m.Contains(item), since);
        Assert.Contains(Zh["Minutes.Item.Assigned"], assigned.ReadableText, StringComparison.Ordinal);

        var closed = await client.InvokeCardActionAsync(assigned.ConversationId, assigned.MessageId!, assigned.FindExecuteAction(MinutesVerbs.CloseItem)!,
            new JsonObject { [ActionItemFields.Note] = "计划已更新并发给客户" });

        var closedText = CardText.Strings(closed).ToList();
        Assert.True(Says(closedText, "Minutes.Item.Closed"), string.Join(" | ", closedText));
        Assert.Contains(closedText, t => t.Contains("计划已更新并发给客户", StringComparison.Ordinal));
        Assert.Null(CardText.Actions(closed["value"]).FirstOrDefault(a => (string?)a["verb"] == MinutesVerbs.CloseItem));
    }

    /// <summary>A meeting event as Teams sends it into the meeting chat: value in PascalCase with the join link.</summary>
    private static async Task<JsonObject> MeetingEventAsync(PlaygroundClient client, string name, string joinUrl)
    {
        var activity = await client.NewActivityAsync(client.Config.GroupChatId, "event", locale: "zh-CN");
        activity["name"] = name;
        activity["value"] = new JsonObject
        {
            ["Id"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("0#" + Uri.UnescapeDataString(joinUrl.Split('/')[5]) + "#0")),
            ["JoinUrl"] = joinUrl,
            ["Title"] = "会议纪要测试",
            ["MeetingType"] = "Scheduled",
        };
        return activity;
    }
}
