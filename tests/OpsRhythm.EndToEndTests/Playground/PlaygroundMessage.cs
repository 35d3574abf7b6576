using System.Text.Json.Nodes;

namespace OpsRhythm.EndToEndTests.Playground;

/// <summary>One event the Playground pushed on its conversation WebSocket: the bot created or updated a message, or is typing.</summary>
/// <param name="Action">createMessage, updateMessage or typing.</param>
/// <param name="ConversationId">The chat or channel it shows in.</param>
/// <param name="Raw">The whole event as the Playground sent it.</param>
public sealed record PlaygroundMessage(string Action, string ConversationId, JsonObject Raw)
{
    public const string Created = "createMessage";
    public const string Updated = "updateMessage";

    private JsonObject? Message => Raw["message"] as JsonObject;

    public string? MessageId => Message?["messageId"]?.GetValue<string>();

    public string? FromId => Message?["from"]?["id"]?.GetValue<string>();

    public string? Text => Message?["text"]?.GetValue<string>();

    /// <summary>The Adaptive Card attachments' content.</summary>
    public IReadOnlyList<JsonObject> Cards =>
        (Message?["attachments"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(a => a["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")
            .Select(a => a["content"] as JsonObject)
            .OfType<JsonObject>()
            .ToList();

    /// <summary>Everything a person reads: the text and every string in the cards (TextBlock texts, facts, button titles).</summary>
    public string ReadableText => string.Join('\n', new[] { Text ?? string.Empty }.Concat(Cards.SelectMany(CardText.Strings)));

    public bool Contains(string text) => ReadableText.Contains(text, StringComparison.Ordinal);

    /// <summary>The first Action.Execute (anywhere in the card, also inside ActionSets) with this verb, or null.</summary>
    public JsonObject? FindExecuteAction(string verb) =>
        Cards.SelectMany(CardText.Actions).FirstOrDefault(a =>
            a["type"]?.GetValue<string>() == "Action.Execute" && a["verb"]?.GetValue<string>() == verb);

    /// <summary>All Action.Execute buttons on the message's cards.</summary>
    public IReadOnlyList<JsonObject> ExecuteActions =>
        Cards.SelectMany(CardText.Actions).Where(a => a["type"]?.GetValue<string>() == "Action.Execute").ToList();

    public override string ToString() => $"{Action} {ConversationId} {MessageId}: {ReadableText}";
}
