using System.Text.Json.Nodes;

namespace OpsRhythm.EndToEndTests.Playground;

/// <summary>What an invoke answered: the card that replaces the clicked one, and its buttons.</summary>
public static class InvokeAnswers
{
    /// <summary>The Action.Execute with this verb on the answered card, or null.</summary>
    public static JsonObject? FindExecuteAction(JsonObject answer, string verb) =>
        Actions(answer["value"]).FirstOrDefault(a => a["verb"]?.GetValue<string>() == verb);

    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() == "Action.Execute" => [obj],
        JsonObject obj => obj.SelectMany(p => Actions(p.Value)),
        JsonArray array => array.SelectMany(Actions),
        _ => [],
    };
}
