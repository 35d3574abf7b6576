using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OpsRhythm.EndToEndTests.Playground;

/// <summary>
/// Drives the Playground without a browser, through the HTTP APIs its own UI uses, and reads what the bot
/// shows from <see cref="Feed"/>. Conversation APIs act as the config's currentUser; to act as another person,
/// use the *As methods (a whole activity with its "from", posted to /_internal/v1/customActivities).
/// </summary>
public sealed class PlaygroundClient : IAsyncDisposable
{
    private readonly HttpClient _http;

    private PlaygroundClient(HttpClient http, PlaygroundConfig config, ConversationFeed feed)
    {
        _http = http;
        Config = config;
        Feed = feed;
    }

    public PlaygroundConfig Config { get; }

    public ConversationFeed Feed { get; }

    /// <summary>The personal chat between the current user and the bot.</summary>
    public string PersonalChatId => Config.PersonalChatId;

    public static async Task<PlaygroundClient> ConnectAsync(Uri playground, CancellationToken cancellationToken)
    {
        var http = new HttpClient { BaseAddress = playground, Timeout = TimeSpan.FromSeconds(60) };
        try
        {
            // The Playground answers this only once the bot's endpoint answers (it waits up to 15 s for it).
            var config = PlaygroundConfig.Parse(
                (await http.GetFromJsonAsync<JsonNode>("_internal/v1/config", cancellationToken))!);
            var feed = await ConversationFeed.ConnectAsync(playground, cancellationToken);
            return new PlaygroundClient(http, config, feed);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>The current user types a message (POST /_conversation/v1/conversations/{id}/messages). Returns its message id.</summary>
    public async Task<string> SendMessageAsync(string conversationId, string text, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = Config.CurrentUser.Id },
            ["text"] = text,
            ["textFormat"] = "plain",
        };
        var response = await PostAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body, cancellationToken);
        return response?["messageId"]?.GetValue<string>() ?? string.Empty;
    }

    /// <summary>
    /// The current user sends a card into the conversation, as the compose box does with a message extension's
    /// chosen result (the same API, with an attachment instead of text). Returns its message id.
    /// </summary>
    public async Task<string> SendCardAsync(string conversationId, JsonObject card, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = Config.CurrentUser.Id },
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card.DeepClone() }),
            ["attachmentLayout"] = "list",
        };
        var response = await PostAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body, cancellationToken);
        return response?["messageId"]?.GetValue<string>() ?? throw new InvalidOperationException("The Playground answered no message id.");
    }

    /// <summary>
    /// Another person (or the current user with another locale) sends a message: the activity goes to the bot as-is,
    /// and the bot's answers show in the conversation's stream.
    /// </summary>
    public async Task SendMessageAsAsync(
        string conversationId, string userId, string text, string? locale = null, CancellationToken cancellationToken = default)
    {
        var activity = await NewActivityAsync(conversationId, "message", userId, locale, cancellationToken);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        await SendActivityAsync(activity, cancellationToken);
    }

    /// <summary>
    /// A new activity for a conversation from the Playground's own template (serviceUrl, conversation, recipient,
    /// tenant filled in), from the given person, with the locale in both the activity and its clientInfo entity.
    /// </summary>
    public async Task<JsonObject> NewActivityAsync(
        string conversationId, string type, string? userId = null, string? locale = null, CancellationToken cancellationToken = default)
    {
        var template = (await _http.GetFromJsonAsync<JsonObject>(
            $"_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(conversationId)}", cancellationToken))!;
        var tenantId = template["conversation"]?["tenantId"]?.GetValue<string>();
        var effectiveLocale = locale ?? "zh-CN";
        template["type"] = type;
        template["id"] = Guid.NewGuid().ToString();
        template["timestamp"] = DateTimeOffset.UtcNow.ToString("O");
        template["from"] = Config.User(userId ?? Config.CurrentUser.Id).ToAccount();
        template["locale"] = effectiveLocale;
        template["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "clientInfo",
            ["locale"] = effectiveLocale,
            ["timezone"] = "Asia/Shanghai",
            ["platform"] = "Web",
        });
        if (template["channelData"] is not JsonObject && tenantId is not null)
        {
            template["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } };
        }

        return template;
    }

    /// <summary>Delivers any activity to the bot as-is (POST /_internal/v1/customActivities); the bot's answers arrive on the stream.</summary>
    public Task SendActivityAsync(JsonObject activity, CancellationToken cancellationToken = default) =>
        PostAsync("_internal/v1/customActivities", activity, cancellationToken);

    /// <summary>
    /// Clicks an Action.Execute button on a message (POST /_conversation/v1/invoke, adaptiveCard/action) and returns the
    /// bot's invoke response as the Playground passes it on: {type, value} (without statusCode); a card in "value"
    /// (type application/vnd.microsoft.card.adaptive) is what replaces the clicked card.
    /// <paramref name="fromUserId"/> must be a member of the conversation (only the current user in the personal chat;
    /// everybody in the group chat and the team's channels).
    /// </summary>
    public async Task<JsonObject> InvokeCardActionAsync(
        string conversationId, string replyToId, JsonObject executeAction, JsonObject? inputs = null, string? fromUserId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(executeAction);
        var data = executeAction["data"]?.DeepClone() as JsonObject ?? [];
        foreach (var (name, value) in inputs ?? [])
        {
            data[name] = value?.DeepClone();
        }

        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject
                {
                    ["type"] = "Action.Execute",
                    ["id"] = executeAction["id"]?.DeepClone(),
                    ["verb"] = executeAction["verb"]?.DeepClone(),
                    ["data"] = data,
                },
                ["trigger"] = "manual",
            },
            ["from"] = new JsonObject { ["id"] = fromUserId ?? Config.CurrentUser.Id },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["replyToId"] = replyToId,
        };
        var answer = (await PostAsync("_conversation/v1/invoke", body, cancellationToken)) as JsonObject
            ?? throw new InvalidOperationException("The invoke answered no JSON object.");
        CapturedCards.WriteAnswer(answer);
        return answer;
    }

    /// <summary>
    /// A message extension invoke (composeExtension/query, queryLink, fetchTask, submitAction) sent by the Playground
    /// as Teams' compose box or message menu would (POST /_conversation/v1/invoke), from any member of the conversation.
    /// Returns the bot's answer as the Playground passes it on: {task, composeExtension}. Every card in it is captured
    /// for the validators.
    /// </summary>
    public async Task<JsonObject> InvokeMessageExtensionAsync(
        string conversationId, string name, JsonObject value, string? fromUserId = null, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject
        {
            ["name"] = name,
            ["value"] = value,
            ["from"] = new JsonObject { ["id"] = fromUserId ?? Config.CurrentUser.Id },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
        };
        var answer = (await PostAsync("_conversation/v1/invoke", body, cancellationToken)) as JsonObject
            ?? throw new InvalidOperationException("The invoke answered no JSON object.");
        var results = answer["composeExtension"]?["attachments"] as JsonArray ?? [];
        var dialog = answer["task"]?["value"] as JsonObject; // a dialog's card, or a closing message (a string)
        var cards = results.Select(a => a?["content"]).Append(dialog?["card"]?["content"]);
        foreach (var card in cards.OfType<JsonObject>().Where(c => c["type"]?.GetValue<string>() == "AdaptiveCard"))
        {
            CapturedCards.Write(card);
        }

        return answer;
    }

    /// <summary>Clicks an Action.Submit button (POST /_conversation/v1/submit): a message activity whose value holds the data.</summary>
    public Task SubmitAsync(
        string conversationId, string replyToId, JsonObject value, string? fromUserId = null, CancellationToken cancellationToken = default) =>
        PostAsync("_conversation/v1/submit", new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = fromUserId ?? Config.CurrentUser.Id },
            ["replyToId"] = replyToId,
            ["value"] = value,
        }, cancellationToken);

    /// <summary>Installs the app in a conversation: the Playground sends installationUpdate and conversationUpdate (members added).</summary>
    public Task InstallAsync(string conversationId, CancellationToken cancellationToken = default) =>
        PostAsync($"_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", new JsonObject(), cancellationToken);

    /// <summary>The members of a conversation as the bot would read them (GET /_connector/v3/conversations/{id}/members): shows whom a chat the bot created is with.</summary>
    public async Task<IReadOnlyList<string>> MemberIdsAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var members = await _http.GetFromJsonAsync<JsonArray>($"_connector/v3/conversations/{Uri.EscapeDataString(conversationId)}/members", cancellationToken);
        return [.. (members ?? []).Select(m => m?["id"]?.GetValue<string>()).OfType<string>()];
    }

    public async ValueTask DisposeAsync()
    {
        await Feed.DisposeAsync();
        _http.Dispose();
    }

    private async Task<JsonNode?> PostAsync(string path, JsonNode body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(path, body, cancellationToken);
        var content = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST {path} answered {(int)response.StatusCode}: {content}", null, response.StatusCode);
        }

        return string.IsNullOrWhiteSpace(content) ? null : JsonNode.Parse(content);
    }
}
