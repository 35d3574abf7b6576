using System.Text.Json;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Protocol.Invokes;

namespace OpsRhythm.UnitTests.Turns;

/// <summary>Activities as the Playground and Teams send them.</summary>
internal static class TestActivities
{
    public const string ServiceUrl = "http://localhost:56150/_connector";
    public const string BotId = "bot-id";
    public const string PersonalConversation = "personal-conversation-0";

    public static Activity Message(string text, string fromId = "user-id-0", string? locale = "zh-CN") => new()
    {
        Type = ActivityTypes.Message,
        Id = "incoming-1",
        ServiceUrl = ServiceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount(fromId, "User"),
        Recipient = new ChannelAccount(BotId, "OpsRhythm"),
        Conversation = new ConversationAccount(PersonalConversation) { ConversationType = ConversationTypes.Personal },
        Text = text,
        Locale = locale,
    };

    public static Activity ChannelMention(string textAfterMention, string fromId = "user-id-0")
    {
        var mention = new MentionEntity(new ChannelAccount(BotId, "OpsRhythm"), "<at>OpsRhythm</at>");
        return Message("<at>OpsRhythm</at> " + textAfterMention, fromId) with
        {
            Conversation = new ConversationAccount("19:ops@thread.tacv2;messageid=42") { ConversationType = ConversationTypes.Channel },
            Entities = [Entity.From("mention", mention)],
        };
    }

    public static Activity Invoke(string verb, IReadOnlyDictionary<string, string>? data = null, string fromId = "user-id-0", string? locale = "zh-CN")
    {
        var action = new Dictionary<string, object?> { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? new Dictionary<string, string> { ["verb"] = verb } };
        return Message(string.Empty, fromId, locale) with
        {
            Type = ActivityTypes.Invoke,
            Name = InvokeNames.AdaptiveCardAction,
            Text = null,
            Value = JsonSerializer.SerializeToElement(new { action, trigger = "manual" }),
        };
    }

    public static Activity Submit(IReadOnlyDictionary<string, string> data, string? replyToId, string fromId = "user-id-0") =>
        Message(string.Empty, fromId) with { Text = null, ReplyToId = replyToId, Value = JsonSerializer.SerializeToElement(data) };
}
