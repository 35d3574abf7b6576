using System.Globalization;
using System.Text.Json.Nodes;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Meetings;
using OpsRhythm.EndToEndTests.Playground;

namespace OpsRhythm.EndToEndTests.Meetings;

/// <summary>
/// through the Playground, without Graph: 王敏 asks for a coordination meeting with the head of
/// sales, gets up to three slots, picks one, and the card says it is scheduled without a Teams meeting.
/// </summary>
[Collection(PlaygroundCollectionDefinition.Name)]
public sealed class CoordinationTests(PlaygroundFixture fixture)
{
    private static bool Says(IEnumerable<string> texts, string key) =>
        texts.Any(t => t == Localizer.ZhCn[key] || t == Localizer.EnUs[key]);

    [Fact]
    public async Task Coordinate_AskPickLocally_ScheduledAndSaysNoTeamsMeeting()
    {
        var client = fixture.Client;
        var since = client.Feed.Position;
        var topic = "交付延期 " + Guid.NewGuid().ToString("N")[..6];

        await client.SendMessageAsync(client.PersonalChatId, "协调会 " + topic);
        var form = await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && (m.Contains(Localizer.ZhCn["Meetings.Coordinate.Title"]) || m.Contains(Localizer.EnUs["Meetings.Coordinate.Title"])), since);
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, shanghai).DateTime);
        var slots = await client.InvokeCardActionAsync(form.ConversationId, form.MessageId!, form.FindExecuteAction(MeetingVerbs.Propose)!, new JsonObject
        {
            ["topic"] = topic, ["people"] = "li-qiang", ["departments"] = string.Empty, ["duration"] = "30",
            ["from"] = today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = today.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        Assert.True(Says(CardText.Strings(slots), "Meetings.Slots.LocalOnly"), "The slots card should say calendars were not read.");
        var picks = CardText.Actions(slots["value"]).Where(a => (string?)a["verb"] == MeetingVerbs.Pick).ToList();
        Assert.InRange(picks.Count, 1, 3);

        var scheduled = await client.InvokeCardActionAsync(form.ConversationId, form.MessageId!, picks[0]!.AsObject());

        var texts = CardText.Strings(scheduled).ToList();
        Assert.True(Says(texts, "Meetings.Coordinate.Scheduled"), string.Join(" | ", texts));
        Assert.True(Says(texts, "Meetings.NoTeamsMeeting"));
    }
}
