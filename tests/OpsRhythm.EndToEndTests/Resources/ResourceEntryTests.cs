using System.Text.Json.Nodes;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Resources;
using OpsRhythm.Domain.Resources;
using OpsRhythm.EndToEndTests.Playground;

namespace OpsRhythm.EndToEndTests.Resources;

/// <summary>
/// R-4 through the Playground, as 王敏 (head of the ops office): "资源" opens the department's card for this month,
/// the month's actual spending and headcount are saved on it and shown against the plan (none approved here).
/// </summary>
[Collection(PlaygroundCollectionDefinition.Name)]
public sealed class ResourceEntryTests(PlaygroundFixture fixture)
{
    [Fact]
    public async Task 资源_填报本月实际支出与人数_卡片显示实际与计划()
    {
        var client = fixture.Client;
        var since = client.Feed.Position;
        await client.SendMessageAsync(client.PersonalChatId, "资源");
        var card = await client.Feed.WaitForAsync(m => m.Action == PlaygroundMessage.Created && m.FindExecuteAction(ResourceVerbs.Enter) is not null, since);

        var saved = await client.InvokeCardActionAsync(card.ConversationId, card.MessageId!, card.FindExecuteAction(ResourceVerbs.Enter)!, new JsonObject
        {
            [ResourceFields.Budget] = "12000", [ResourceFields.Headcount] = "8", [ResourceFields.Note] = "新增一名流程专员",
        });

        var shown = CardText.Strings(saved).ToList();
        Assert.Contains(shown, t => t.StartsWith("已保存", StringComparison.Ordinal) || t.StartsWith("Actuals for", StringComparison.Ordinal));
        Assert.Contains(shown, t => t == Localizer.ZhCn.Format("Resources.ActualAgainstPlan", "12,000", Localizer.ZhCn["Resources.NotPlanned"])
            || t == Localizer.EnUs.Format("Resources.ActualAgainstPlan", "12,000", Localizer.EnUs["Resources.NotPlanned"]));
        Assert.Contains("新增一名流程专员", shown);
    }
}
