using System.Text.Json;

namespace OpsRhythm.Protocol.Activities;

/// <summary>Builds outgoing activities: replies to an incoming activity and proactive messages.</summary>
public static class ActivityFactory
{
    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" };

    public static Activity Card(JsonElement card, string? summary = null) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments = [new Attachment(Attachment.AdaptiveCardContentType, card)],
    };

    /// <summary>Addresses <paramref name="reply"/> to the conversation <paramref name="incoming"/> came from.</summary>
    public static Activity AsReplyTo(this Activity reply, Activity incoming)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(incoming);
        return reply with
        {
            ServiceUrl = incoming.ServiceUrl,
            ChannelId = incoming.ChannelId,
            Conversation = incoming.Conversation,
            From = incoming.Recipient,
            Recipient = incoming.From,
            ReplyToId = incoming.Id,
            Locale = reply.Locale ?? incoming.EffectiveLocale,
        };
    }

    /// <summary>The message text without the bot's own @mention, as group chats and channels deliver it.</summary>
    public static string TextWithoutBotMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        foreach (var mention in activity.Mentions)
        {
            if (mention.Text is { Length: > 0 } fragment && mention.Mentioned?.Id == activity.Recipient?.Id)
            {
                text = text.Replace(fragment, string.Empty, StringComparison.Ordinal);
            }
        }

        // Teams separates the mention from the command with a non-breaking space, sometimes as the HTML entity.
        return text.Replace("&nbsp;", " ", StringComparison.Ordinal).Replace("\u00a0", " ", StringComparison.Ordinal).Trim();
    }
}
