using System.Text.Json.Nodes;
using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Model;

namespace OpsRhythm.UnitTests.Cards;

public sealed class CardRefreshTests
{
    [Fact]
    public void ToJson_CardWithRefresh_WritesActionExecuteType()
    {
        var card = new AdaptiveCard([new TextBlock("x")])
        {
            Refresh = new CardRefresh(ActionData.Execute("Refresh", "plan.refresh", "p1", "e1"), ["user-id-0"]),
        };

        var refresh = JsonNode.Parse(CardJson.ToJson(card))!["refresh"]!;

        Assert.Equal("Action.Execute", refresh["action"]?["type"]?.GetValue<string>());
        Assert.Equal("plan.refresh", refresh["action"]?["verb"]?.GetValue<string>());
        Assert.Equal("user-id-0", refresh["userIds"]?[0]?.GetValue<string>());
    }
}
