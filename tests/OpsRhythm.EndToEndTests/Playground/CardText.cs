using System.Text.Json.Nodes;

namespace OpsRhythm.EndToEndTests.Playground;

/// <summary>Walks an Adaptive Card's JSON for what tests look at: readable strings and actions.</summary>
public static class CardText
{
    private static readonly HashSet<string> ReadableProperties = ["text", "title", "value", "label", "placeholder", "altText"];

    public static IEnumerable<string> Strings(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (child is JsonValue value && ReadableProperties.Contains(name) && value.TryGetValue<string>(out var text))
                    {
                        yield return text;
                    }
                    else
                    {
                        foreach (var nested in Strings(child))
                        {
                            yield return nested;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var nested in array.SelectMany(Strings))
                {
                    yield return nested;
                }

                break;
            default:
                break;
        }
    }

    public static IEnumerable<JsonObject> Actions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
                    && obj["type"]!.GetValue<string>().StartsWith("Action.", StringComparison.Ordinal))
                {
                    yield return obj;
                }

                foreach (var (_, child) in obj)
                {
                    foreach (var nested in Actions(child))
                    {
                        yield return nested;
                    }
                }

                break;
            case JsonArray array:
                foreach (var nested in array.SelectMany(Actions))
                {
                    yield return nested;
                }

                break;
            default:
                break;
        }
    }
}
