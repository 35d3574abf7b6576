using System.Text.Json.Nodes;
using OpsRhythm.EndToEndTests.Playground;

namespace OpsRhythm.EndToEndTests.Extension;

/// <summary>
/// What people do with the message extension in the Playground's group chat: open a command's dialog on a
/// message, submit it as they filled it, search, paste a link, share a result's card into the chat.
/// </summary>
internal sealed class MessageExtensionSteps(PlaygroundClient client)
{
    public const string OpsOffice = "user-id-0";
    public const string SalesHead = "user-id-1";
    public const string ProductionHead = "user-id-2";

    public string Chat => client.Config.GroupChatId;

    /// <summary>
    /// The person types Chinese to the bot once, so every answer they get is in Chinese whatever earlier tests
    /// typed as them (the bot answers each person in the language they last typed in).
    /// </summary>
    public async Task SpeakChineseAsync(params string[] userIds)
    {
        foreach (var userId in userIds)
        {
            var since = client.Feed.Position;
            await client.SendMessageAsAsync(Chat, userId, "帮助", "zh-CN");
            await client.Feed.WaitForAsync(m => m.ConversationId == Chat, since);
        }
    }

    /// <summary>The message a command is run on, as Teams puts it in <c>messagePayload</c> (HTML body, its author).</summary>
    public JsonObject Message(string html, string authorId)
    {
        var author = client.Config.User(authorId);
        return new JsonObject
        {
            ["id"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = html },
            ["from"] = new JsonObject { ["user"] = new JsonObject { ["id"] = author.AadObjectId, ["displayName"] = author.Name } },
        };
    }

    public Task<JsonObject> FetchAsync(string userId, string commandId, JsonObject message) =>
        client.InvokeMessageExtensionAsync(Chat, "composeExtension/fetchTask", new JsonObject
        {
            ["commandId"] = commandId,
            ["commandContext"] = "message",
            ["messagePayload"] = message,
        }, userId);

    /// <summary>Submits a dialog as Teams does: every input's value, changed where the person typed, with the submit button's data.</summary>
    public Task<JsonObject> SubmitAsync(string userId, string commandId, JsonObject dialogCard, params (string Id, string Value)[] typed)
    {
        var data = new JsonObject();
        foreach (var input in Inputs(dialogCard))
        {
            data[input["id"]!.GetValue<string>()] = input["value"]?.GetValue<string>() ?? string.Empty;
        }

        foreach (var (id, value) in typed)
        {
            data[id] = value;
        }

        var submit = CardText.Actions(dialogCard).Single(a => a["type"]!.GetValue<string>() == "Action.Submit");
        foreach (var (name, value) in submit["data"] as JsonObject ?? [])
        {
            data[name] = value?.DeepClone();
        }

        return client.InvokeMessageExtensionAsync(Chat, "composeExtension/submitAction", new JsonObject
        {
            ["commandId"] = commandId,
            ["commandContext"] = "message",
            ["data"] = data,
        }, userId);
    }

    public Task<JsonObject> SearchAsync(string userId, string words) =>
        client.InvokeMessageExtensionAsync(Chat, "composeExtension/query", new JsonObject
        {
            ["commandId"] = "searchItems",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "query", ["value"] = words }),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
        }, userId);

    public Task<JsonObject> PasteLinkAsync(string userId, string url) =>
        client.InvokeMessageExtensionAsync(Chat, "composeExtension/queryLink", new JsonObject { ["url"] = url }, userId);

    /// <summary>The chosen result's card sent into the chat, as the compose box sends it. Returns the message id.</summary>
    public Task<string> ShareAsync(JsonObject card) => client.SendCardAsync(Chat, card);

    /// <summary>The card's automatic refresh as <paramref name="userId"/>'s Teams asks for it when they look at the chat.</summary>
    public async Task<JsonObject> RefreshAsync(string messageId, JsonObject card, string userId)
    {
        var refresh = (JsonObject)card["refresh"]!["action"]!;
        var answer = await client.InvokeCardActionAsync(Chat, messageId, refresh, fromUserId: userId);
        return (JsonObject)answer["value"]!;
    }

    public static JsonObject DialogCard(JsonObject answer) => (JsonObject)answer["task"]!["value"]!["card"]!["content"]!;

    public static IReadOnlyList<JsonObject> ResultCards(JsonObject answer) =>
        [.. ((JsonArray)answer["composeExtension"]!["attachments"]!).Select(a => (JsonObject)a!["content"]!)];

    public static string Texts(JsonNode card) => string.Join('\n', CardText.Strings(card));

    public static string? InputValue(JsonObject card, string id) =>
        Inputs(card).FirstOrDefault(i => i["id"]?.GetValue<string>() == id)?["value"]?.GetValue<string>();

    private static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() is { } type && type.StartsWith("Input.", StringComparison.Ordinal) => [o],
        JsonObject o => o.SelectMany(p => Inputs(p.Value)),
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };
}
