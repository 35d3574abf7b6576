using System.Globalization;
using System.Text.Json.Nodes;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Localization;
using OpsRhythm.EndToEndTests.Playground;

namespace OpsRhythm.EndToEndTests.Indicators;

/// <summary>R-3.3 through the Playground, in Chinese: the ops office (王敏) plans a quarterly on-site inspection of the sales department and finds it on the inspections list.</summary>
[Collection(PlaygroundCollectionDefinition.Name)]
public sealed class InspectionScheduleTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task Inspection_PlannedQuarterlyAndListedForTheDepartment()
    {
        var client = fixture.Client;

        // A day in the organisation's calendar (Shanghai) that no other test plans, far enough ahead never to be due during the run.
        var day = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddDays(20 + Random.Shared.Next(200));
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var since = client.Feed.Position;
        await client.SendMessageAsync(client.PersonalChatId, "安排检查 销售部");
        var form = await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.FindExecuteAction(InspectionVerbs.Schedule) is not null, since);
        var planned = await client.InvokeCardActionAsync(form.ConversationId, form.MessageId!, form.FindExecuteAction(InspectionVerbs.Schedule)!, new JsonObject
        {
            ["department"] = "sales", ["kind"] = "OnSite", ["date"] = date, ["owner"] = "wang-min", ["repeat"] = "3",
        });
        Assert.Contains(CardText.Strings(planned), t => t.Contains("销售部", StringComparison.Ordinal) && (t.StartsWith("已安排", StringComparison.Ordinal) || t.StartsWith("Planned:", StringComparison.Ordinal)));

        since = client.Feed.Position;
        await client.SendMessageAsync(client.PersonalChatId, "检查记录 销售部");
        var list = await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.FindExecuteAction(InspectionVerbs.PlanForm) is not null, since);
        Assert.True(list.Contains(Localizer.ZhCn.Format("Inspections.List.Title", "销售部")) || list.Contains(Localizer.EnUs.Format("Inspections.List.Title", "Sales")), "the list of the sales department");
        Assert.True(list.Contains(Localizer.ZhCn["Inspections.Repeat.3"]) || list.Contains(Localizer.EnUs["Inspections.Repeat.3"]), "the quarterly inspection is listed");
    }
}
