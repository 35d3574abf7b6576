using System.Net.Http.Json;
using System.Text.Json;
using OpsRhythm.IntegrationTests.Messaging;

namespace OpsRhythm.IntegrationTests.Extension;

/// <summary>Message extension invokes as Teams sends them (value shapes from the Teams docs), posted to /api/messages.</summary>
internal sealed class ExtensionActivities(HttpClient client, Uri serviceUrl)
{
    public const string Sales = "user-id-1";
    public const string Production = "user-id-2";
    public const string OpsOffice = "user-id-0";
    public const string Leadership = "user-id-5";

    public string Conversation { get; } = "19:chat-" + Guid.NewGuid().ToString("N") + "@thread.v2";

    public Task<(int Status, JsonElement Body)> QueryAsync(string from, string? words, int skip = 0, int count = 25, string commandId = "searchItems") =>
        InvokeAsync(from, "composeExtension/query", new
        {
            commandId,
            parameters = new[] { new { name = "query", value = words ?? string.Empty } },
            queryOptions = new { skip, count },
        });

    public Task<(int Status, JsonElement Body)> LinkAsync(string from, string url) =>
        InvokeAsync(from, "composeExtension/queryLink", new { url });

    public Task<(int Status, JsonElement Body)> FetchAsync(string from, string commandId, string messageHtml) =>
        InvokeAsync(from, "composeExtension/fetchTask", new
        {
            commandId,
            commandContext = "message",
            messagePayload = new { id = "1700000000000", body = new { contentType = "html", content = messageHtml }, from = new { user = new { id = "00000000-0000-0000-0000-0000000000022", displayName = "张伟" } } },
        });

    public Task<(int Status, JsonElement Body)> SubmitAsync(string from, string commandId, Dictionary<string, string> data, string? activityId = null) =>
        InvokeAsync(from, "composeExtension/submitAction", new { commandId, commandContext = "message", data }, activityId);

    public async Task<(int Status, JsonElement Body)> InvokeAsync(string from, string name, object? value, string? activityId = null)
    {
        var activity = TestActivity.Message(serviceUrl, Conversation, string.Empty, from);
        activity["type"] = "invoke";
        activity["name"] = name;
        activity["id"] = activityId ?? "i-" + Guid.NewGuid().ToString("N");
        activity["conversation"] = new { id = Conversation, conversationType = "groupChat" };
        activity.Remove("text");
        activity["value"] = value;
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ((int)response.StatusCode, body);
    }

    /// <summary>The card of each result, with its size as Teams receives it.</summary>
    public static IReadOnlyList<JsonElement> Cards(JsonElement body) =>
        [.. body.GetProperty("composeExtension").GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("content"))];

    public static string Previews(JsonElement body) =>
        string.Join("\n", body.GetProperty("composeExtension").GetProperty("attachments").EnumerateArray()
            .Select(a => a.GetProperty("preview").GetProperty("content").GetRawText()));
}
