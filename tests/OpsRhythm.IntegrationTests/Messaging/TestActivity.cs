namespace OpsRhythm.IntegrationTests.Messaging;

/// <summary>Activities as JSON objects, the way the Playground posts them.</summary>
internal static class TestActivity
{
    public static Dictionary<string, object?> Message(Uri serviceUrl, string conversationId, string text, string fromId = "user-id-0", string locale = "zh-CN") => new()
    {
        ["type"] = "message",
        ["id"] = "m-" + Guid.NewGuid().ToString("N"),
        ["serviceUrl"] = serviceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new { id = fromId, name = "User" },
        ["recipient"] = new { id = "bot-id", name = "OpsRhythm" },
        ["conversation"] = new { id = conversationId, conversationType = "personal" },
        ["locale"] = locale,
        ["text"] = text,
    };

    public static Dictionary<string, object?> Invoke(Uri serviceUrl, string conversationId, string verb, Dictionary<string, string> data, string fromId = "user-id-0", string locale = "zh-CN")
    {
        var activity = Message(serviceUrl, conversationId, string.Empty, fromId, locale);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity.Remove("text");
        data["verb"] = verb;
        activity["value"] = new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" };
        return activity;
    }
}
