using System.Text.Json.Nodes;

namespace OpsRhythm.UnitTests.CardCatalog;

/// <summary>Finds actions in a card's JSON wherever they sit (body, ActionSet, ShowCard, refresh, fallback).</summary>
public static class CardActions
{
    public static IEnumerable<JsonObject> OfType(JsonNode? node, string type)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonValue value && value.TryGetValue<string>(out var name) && name == type)
                {
                    yield return obj;
                }

                foreach (var (_, child) in obj)
                {
                    foreach (var found in OfType(child, type))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var found in OfType(item, type))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    public static IEnumerable<string> ExecuteVerbs(JsonNode? card) =>
        OfType(card, "Action.Execute").Select(action => action["verb"]?.GetValue<string>() ?? string.Empty);
}
