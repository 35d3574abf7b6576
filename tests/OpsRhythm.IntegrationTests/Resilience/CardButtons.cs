using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpsRhythm.IntegrationTests.Resilience;

/// <summary>A button found on a card the bot sent: its verb, its data and the inputs of the card it sits on.</summary>
public sealed record CardButton(string Verb, JsonObject Data, IReadOnlyList<CardInput> Inputs)
{
    /// <summary>Every Action.Execute (and Action.Submit carrying a verb) of a card, inside ShowCards and the refresh too.</summary>
    public static IEnumerable<CardButton> On(JsonElement card)
    {
        var inputs = Descendants(card)
            .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
                && t.GetString()!.StartsWith("Input.", StringComparison.Ordinal) && e.TryGetProperty("id", out _))
            .Select(CardInput.From)
            .ToList();
        foreach (var action in Descendants(card).Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t)
            && t.GetString() is "Action.Execute" or "Action.Submit"))
        {
            var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? (JsonObject)JsonNode.Parse(d.GetRawText())! : new JsonObject();
            var verb = action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()
                : data["verb"] is JsonValue dataVerb && dataVerb.TryGetValue<string>(out var s) ? s : null;
            if (!string.IsNullOrEmpty(verb))
            {
                yield return new CardButton(verb, data, inputs);
            }
        }
    }

    public static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        var pending = new Stack<JsonElement>();
        pending.Push(element);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            yield return current;
            if (current.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in current.EnumerateObject())
                {
                    pending.Push(property.Value);
                }
            }
            else if (current.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in current.EnumerateArray())
                {
                    pending.Push(item);
                }
            }
        }
    }

    /// <summary>Texts a person reads on a card (TextBlock, TextRun, fact titles and values).</summary>
    public static IEnumerable<string> ShownTexts(JsonElement card) => Descendants(card)
        .Where(e => e.ValueKind == JsonValueKind.Object)
        .SelectMany(e => new[] { "text", "title", "value" }
            .Where(name => e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String && IsShownText(e, name))
            .Select(name => e.GetProperty(name).GetString()!));

    private static bool IsShownText(JsonElement element, string property)
    {
        var type = element.TryGetProperty("type", out var t) ? t.GetString() : null;
        return property switch
        {
            "text" => type is "TextBlock" or "TextRun",
            // Facts have no type: a title and a value.
            _ => type is null && element.TryGetProperty("title", out _) && element.TryGetProperty("value", out _),
        };
    }
}

/// <summary>An input of a card: what kind, and the values the card itself offers.</summary>
public sealed record CardInput(string Id, string Type, IReadOnlyList<string> Choices, string? ValueOn, string? Value)
{
    public static CardInput From(JsonElement input)
    {
        var choices = input.TryGetProperty("choices", out var c) && c.ValueKind == JsonValueKind.Array
            ? c.EnumerateArray().Where(x => x.TryGetProperty("value", out _)).Select(x => x.GetProperty("value").GetString() ?? string.Empty).ToList()
            : [];
        return new CardInput(
            input.GetProperty("id").GetString()!,
            input.GetProperty("type").GetString()!,
            choices,
            input.TryGetProperty("valueOn", out var on) ? on.GetString() : null,
            input.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null);
    }

    /// <summary>A value a careful person would enter: the card's own, a choice it offers, a plausible text, number or date.</summary>
    public string Plausible(int salt) => Type switch
    {
        "Input.ChoiceSet" when Choices.Count > 0 => Choices[salt % Choices.Count],
        "Input.Toggle" => ValueOn ?? "true",
        "Input.Number" => (1 + (salt % 9)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "Input.Date" => "2027-01-" + (10 + (salt % 15)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "Input.Time" => "09:30",
        _ when !string.IsNullOrEmpty(Value) => Value,
        _ => "演练 drill " + salt.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
