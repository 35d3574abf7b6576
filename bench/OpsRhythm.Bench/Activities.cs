using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpsRhythm.Bench;

/// <summary>
/// Teams activities as the Bot Connector posts them to /api/messages: a personal chat per user, the
/// tenant in channelData, a fresh activity id per request, the channel token in Authorization.
/// </summary>
public sealed class Activities(string serviceUrl, string tenantId, string botAppId, string channelToken)
{
    private const string IdPlaceholder = "__ACTIVITY_ID__";

    /// <summary>The sample organisation's people with Teams accounts (Playground users user-id-0..5).</summary>
    public static readonly string[] Users = ["user-id-0", "user-id-1", "user-id-2", "user-id-3", "user-id-4", "user-id-5"];

    public string Message(int user, string text) => Template(user, new JsonObject
    {
        ["type"] = "message",
        ["text"] = text,
        ["textFormat"] = "plain",
    });

    public string CardAction(int user, string verb, IReadOnlyDictionary<string, string> data)
    {
        var merged = new JsonObject { ["verb"] = verb };
        foreach (var (key, value) in data)
        {
            merged[key] = value;
        }

        return Template(user, new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = merged },
                ["trigger"] = "manual",
            },
        });
    }

    public HttpRequestMessage Request(Uri endpoint, string template, long sequence)
    {
        var body = template.Replace(IdPlaceholder, "bench-" + sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", channelToken);
        return request;
    }

    private string Template(int user, JsonObject activity)
    {
        var userId = Users[user];
        activity["id"] = IdPlaceholder;
        activity["timestamp"] = DateTimeOffset.UtcNow.ToString("O");
        activity["serviceUrl"] = serviceUrl;
        activity["channelId"] = "msteams";
        activity["locale"] = "zh-CN";
        activity["from"] = new JsonObject { ["id"] = userId, ["name"] = userId };
        activity["recipient"] = new JsonObject { ["id"] = "28:" + botAppId, ["name"] = "OpsRhythm" };
        activity["conversation"] = new JsonObject { ["id"] = "a:bench-personal-" + userId, ["conversationType"] = "personal", ["tenantId"] = tenantId };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } };
        return activity.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
