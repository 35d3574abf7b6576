using System.Globalization;
using System.Text.Json.Nodes;
using OpsRhythm.Cards.ExternalCommunication;
using OpsRhythm.Cards.Localization;
using OpsRhythm.EndToEndTests.Playground;

namespace OpsRhythm.EndToEndTests.ExternalCommunication;

/// <summary>R-6.4 through the Playground, in Chinese: a distributor follow-up recorded, seen on the sales department's list, and marked done.</summary>
[Collection(PlaygroundCollectionDefinition.Name)]
public sealed class ExternalFollowUpTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task FollowUp_RecordedListedForTheDepartmentAndDone()
    {
        var client = fixture.Client;
        var counterpart = "华东区经销商 王总 " + Guid.NewGuid().ToString("N")[..6];

        // The organisation's day in Shanghai, as the bot reckons it; three days ahead is never in the past.
        var date = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var since = client.Feed.Position;
        await client.SendMessageAsync(client.PersonalChatId, "记录沟通 " + counterpart);
        var form = await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.FindExecuteAction(ExternalCommunicationVerbs.Record) is not null && m.Contains(counterpart), since);
        var recorded = await client.InvokeCardActionAsync(form.ConversationId, form.MessageId!, form.FindExecuteAction(ExternalCommunicationVerbs.Record)!, new JsonObject
        {
            ["department"] = "sales", ["kind"] = "Distributor", ["counterpart"] = counterpart, ["note"] = "确认明年返利政策和首批订货量", ["owner"] = "wang-min", ["date"] = date,
        });
        Assert.Contains(CardText.Strings(recorded), t => t == Localizer.ZhCn["ExternalCommunication.Recorded"] || t == Localizer.EnUs["ExternalCommunication.Recorded"]);

        since = client.Feed.Position;
        await client.SendMessageAsync(client.PersonalChatId, "对外沟通 销售部");
        await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.Contains(counterpart) && m.FindExecuteAction(ExternalCommunicationVerbs.Form) is not null, since);

        var done = CardText.Actions(recorded).First(a => a["verb"]?.GetValue<string>() == ExternalCommunicationVerbs.Done);
        var finished = await client.InvokeCardActionAsync(form.ConversationId, form.MessageId!, done, new JsonObject { ["outcome"] = "返利政策已确认，首批订货 200 万元" });
        Assert.Contains(CardText.Strings(finished), t => t == Localizer.ZhCn["ExternalCommunication.Done.Notice"] || t == Localizer.EnUs["ExternalCommunication.Done.Notice"]);
    }
}
