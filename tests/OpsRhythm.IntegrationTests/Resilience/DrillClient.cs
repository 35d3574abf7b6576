using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpsRhythm.IntegrationTests.Messaging;

namespace OpsRhythm.IntegrationTests.Resilience;

/// <summary>
/// Posts activities to the bot one at a time and collects what came back: the HTTP status, the invoke
/// response, and the replies the bot sent to the fake connector during that turn.
/// </summary>
public sealed class DrillClient(HttpClient client, FakeConnector connector)
{
    public Uri ServiceUrl => connector.ServiceUrl;

    public async Task<DrillAnswer> PostAsync(JsonObject activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return await PostBytesAsync(Encoding.UTF8.GetBytes(activity.ToJsonString()), "application/json", cancellationToken);
    }

    public async Task<DrillAnswer> PostBytesAsync(byte[] body, string contentType, CancellationToken cancellationToken = default)
    {
        while (connector.Requests.TryDequeue(out _))
        {
        }

        using var content = new ByteArrayContent(body);
        if (MediaTypeHeaderValue.TryParse(contentType, out var type))
        {
            content.Headers.ContentType = type;
        }

        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonElement? invoke = null;
        if (response.Content.Headers.ContentType?.MediaType == "application/json" && text.Length > 0)
        {
            using var document = JsonDocument.Parse(text);
            invoke = document.RootElement.Clone();
        }

        var replies = new List<JsonElement>();
        while (connector.Requests.TryDequeue(out var request))
        {
            replies.Add(request.Body);
        }

        return new DrillAnswer((int)response.StatusCode, invoke, replies);
    }

    public JsonObject Message(string fromId, string text, string locale, string conversationId) => new()
    {
        ["type"] = "message",
        ["id"] = "m-" + Guid.NewGuid().ToString("N"),
        ["serviceUrl"] = ServiceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = fromId, ["name"] = "User" },
        ["recipient"] = new JsonObject { ["id"] = "bot-id", ["name"] = "OpsRhythm" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal" },
        ["locale"] = locale,
        ["text"] = text,
    };

    /// <summary>An Action.Execute click: <paramref name="data"/> is the button's data with the card's inputs merged in.</summary>
    public JsonObject Invoke(string fromId, string? verb, JsonNode? data, string locale, string conversationId)
    {
        var activity = Message(fromId, string.Empty, locale, conversationId);
        activity.Remove("text");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        var action = new JsonObject { ["type"] = "Action.Execute", ["data"] = data };
        if (verb is not null)
        {
            action["verb"] = verb;
        }

        activity["value"] = new JsonObject { ["action"] = action, ["trigger"] = "manual" };
        return activity;
    }

    /// <summary>The Action.Submit fallback of a button: a message whose value is the data.</summary>
    public JsonObject Submit(string fromId, JsonNode? data, string locale, string conversationId)
    {
        var activity = Message(fromId, string.Empty, locale, conversationId);
        activity.Remove("text");
        activity["replyToId"] = "card-activity-1";
        activity["value"] = data;
        return activity;
    }
}

/// <summary>What one posted activity got back.</summary>
public sealed record DrillAnswer(int HttpStatus, JsonElement? Invoke, IReadOnlyList<JsonElement> Replies)
{
    /// <summary>The statusCode inside an adaptiveCard/action response (200 card/message, 4xx/5xx error).</summary>
    public int? InvokeStatus => Invoke is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("statusCode", out var status) && status.TryGetInt32(out var code) ? code : null;

    public string? InvokeMessage => Invoke is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("value", out var value)
        ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.TryGetProperty("message", out var message) ? message.GetString() : null
        : null;

    /// <summary>The invoke response's card, if it answered with one.</summary>
    public JsonElement? InvokeCard => Invoke is { ValueKind: JsonValueKind.Object } body
        && body.TryGetProperty("type", out var type) && type.GetString() == "application/vnd.microsoft.card.adaptive"
        && body.TryGetProperty("value", out var card) ? card : null;

    /// <summary>Every card in this answer: the invoke response's and those of the replies.</summary>
    public IEnumerable<JsonElement> Cards => (InvokeCard is { } card ? [card] : Array.Empty<JsonElement>())
        .Concat(Replies.SelectMany(ReplyCards));

    public IEnumerable<string> ReplyTexts => Replies
        .Where(r => r.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
        .Select(r => r.GetProperty("text").GetString()!);

    private static IEnumerable<JsonElement> ReplyCards(JsonElement reply) =>
        reply.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array
            ? attachments.EnumerateArray().Where(a => a.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.Object).Select(a => a.GetProperty("content"))
            : [];
}
