using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpsRhythm.Cards.Model;

/// <summary>
/// Keeps every card the bot sends under Teams' size limit (<see cref="CardJson.MaxCardBytes"/>): a card
/// that would be larger (a long digest, a register with long texts) is shortened, never dropped, since
/// Teams refuses an oversized message whole (413) and the outbox would dead-letter it. Long texts are cut
/// first, then trailing body elements; the card then says, in both languages, that the dashboard shows
/// everything. Ids, verbs and action data are never touched, so every button still works.
/// </summary>
public static class CardFit
{
    /// <summary>Shown at the top of a shortened card; both languages, as the card may go to a channel.</summary>
    public const string ShortenedNotice = "内容过长，已截短以适合 Teams；完整内容请在仪表板查看。 / Shortened to fit Teams: the dashboard shows everything.";

    private static readonly int[] TextCaps = [4000, 2000, 1000, 500, 200, 80];

    private static readonly HashSet<string> TextProperties = new(StringComparer.Ordinal) { "text", "value", "title", "fallbackText", "placeholder", "label" };

    public static bool Fits(JsonElement card, int maxBytes = CardJson.MaxCardBytes) => Size(card) <= maxBytes;

    /// <summary>The card itself when it fits, else a shortened copy that does.</summary>
    public static JsonElement Fit(JsonElement card, int maxBytes = CardJson.MaxCardBytes)
    {
        if (card.ValueKind != JsonValueKind.Object || Fits(card, maxBytes))
        {
            return card;
        }

        var node = JsonNode.Parse(card.GetRawText())!.AsObject();
        if (node["body"] is not JsonArray body)
        {
            body = new JsonArray();
            node["body"] = body;
        }

        // The notice is added last (so no cut shortens it); its bytes are kept free from the start.
        var notice = new JsonObject { ["type"] = "TextBlock", ["text"] = ShortenedNotice, ["wrap"] = true, ["isSubtle"] = true, ["size"] = "small" };
        var budget = maxBytes - Size(notice) - 1;
        foreach (var cap in TextCaps)
        {
            Cut(node, cap, inData: false);
            if (Size(node) <= budget)
            {
                return WithNotice(node, body, notice);
            }
        }

        // Still too large: many elements. Drop from the end of the body, each element measured once.
        var size = Size(node);
        while (body.Count > 0 && size > budget)
        {
            size -= Size(body[^1]!) + 1;
            body.RemoveAt(body.Count - 1);
        }

        if (size > budget)
        {
            node.Remove("actions");
        }

        return WithNotice(node, body, notice);
    }

    private static JsonElement WithNotice(JsonObject node, JsonArray body, JsonObject notice)
    {
        body.Insert(0, notice);
        return ToElement(node);
    }

    private static void Cut(JsonNode? node, int cap, bool inData)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (!inData && TextProperties.Contains(name) && child is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > cap)
                    {
                        obj[name] = text[..cap] + "…";
                    }
                    else
                    {
                        // Action data carries ids and versions the bot reads back: never cut.
                        Cut(child, cap, inData || name == "data");
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Cut(child, cap, inData);
                }

                break;
        }
    }

    private static int Size(JsonElement card) => System.Text.Encoding.UTF8.GetByteCount(card.GetRawText());

    private static int Size(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, CardJson.Options).Length;

    private static JsonElement ToElement(JsonNode node) => JsonSerializer.SerializeToElement(node, CardJson.Options);
}
