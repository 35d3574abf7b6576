using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Teamwork.SendActivityNotification;
using OpsRhythm.Bot.Delivery;

namespace OpsRhythm.Bot.Graph;

/// <summary>
/// Activity-feed items through Graph (TeamsActivity.Send; the manifest declares the activity types and
/// the app must be installed for the recipient). The manifest's templateText renders the title from
/// the item's parameters. A text topic needs a webUrl: it is a deep link to the recipient's chat with
/// the bot, where the message the feed item announces was just posted.
/// </summary>
internal sealed class GraphActivityFeed(GraphServiceClient graph, Uri teamsWebUrl, string botAppId) : IActivityFeed
{
    /// <summary>Graph's limit on previewText.</summary>
    public const int MaxPreviewLength = 150;

    /// <summary>The location line under the item: the app's short name (manifest name.short).</summary>
    public const string TopicText = "OpsRhythm";

    public bool IsConfigured => true;

    /// <summary>Opens the user's 1:1 chat with the bot ("28:" marks a bot's id in a chat deep link).</summary>
    public string ChatWebUrl { get; } = $"{teamsWebUrl.ToString().TrimEnd('/')}/l/chat/0/0?users=28:{Uri.EscapeDataString(botAppId)}";

    public Task NotifyAsync(string aadObjectId, ActivityFeedItem item, string previewText, CancellationToken cancellationToken)
    {
        return graph.Users[aadObjectId].Teamwork.SendActivityNotification.PostAsync(new SendActivityNotificationPostRequestBody
        {
            Topic = new TeamworkActivityTopic { Source = TeamworkActivityTopicSource.Text, Value = TopicText, WebUrl = ChatWebUrl },
            ActivityType = item.Type,
            PreviewText = new ItemBody { Content = Truncate(previewText) },
            TemplateParameters = [.. item.Parameters.Select(p => new Microsoft.Graph.Models.KeyValuePair { Name = p.Key, Value = p.Value })],
        }, cancellationToken: cancellationToken);
    }

    /// <summary>Cuts at <see cref="MaxPreviewLength"/> UTF-16 units without splitting a surrogate pair.</summary>
    private static string Truncate(string text)
    {
        if (text.Length <= MaxPreviewLength)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[MaxPreviewLength - 2]) ? MaxPreviewLength - 2 : MaxPreviewLength - 1;
        return text[..cut] + "…";
    }
}
