using System.Text.Json;
using System.Text.Json.Nodes;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Turns;

/// <summary>
/// Marks every reply of a local run that acts as someone else, so a screenshot or a demo never
/// passes for the real person's view: a bold line above a text, a red first line on a card.
/// </summary>
internal static class ActingAsBanner
{
    public static Activity Apply(Activity reply, string banner)
    {
        if (reply.Attachments is { Count: > 0 } attachments)
        {
            return reply with
            {
                Attachments = [.. attachments.Select(a => a.ContentType == Attachment.AdaptiveCardContentType && a.Content is { } card
                    ? a with { Content = ApplyToCard(card, banner) }
                    : a)],
            };
        }

        return reply.Text is { } text ? reply with { Text = $"**{banner}**\n\n{text}" } : reply;
    }

    public static JsonElement ApplyToCard(JsonElement card, string banner)
    {
        if (JsonNode.Parse(card.GetRawText()) is not JsonObject root)
        {
            return card;
        }

        var body = root["body"] as JsonArray ?? [];
        body.Insert(0, new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = banner,
            ["wrap"] = true,
            ["weight"] = "bolder",
            ["color"] = "attention",
        });
        root["body"] = body;
        return JsonSerializer.SerializeToElement(root);
    }
}
