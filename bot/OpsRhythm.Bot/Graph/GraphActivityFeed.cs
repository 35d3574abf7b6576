using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Teamwork.SendActivityNotification;

namespace OpsRhythm.Bot.Graph;

/// <summary>
/// Activity-feed items through Graph (TeamsActivity.Send; the manifest declares the activity types and
/// the app must be installed for the recipient). The topic is plain text pointing at the bot's chat.
/// </summary>
public sealed class GraphActivityFeed(GraphServiceClient graph) : IActivityFeed
{
    public bool IsConfigured => true;

    public Task NotifyAsync(string aadObjectId, string activityType, string previewText, CancellationToken cancellationToken) =>
        graph.Users[aadObjectId].Teamwork.SendActivityNotification.PostAsync(new SendActivityNotificationPostRequestBody
        {
            Topic = new TeamworkActivityTopic { Source = TeamworkActivityTopicSource.Text, Value = previewText.Length > 150 ? previewText[..150] : previewText, WebUrl = "https://teams.microsoft.com/l/chat/0/0" },
            ActivityType = activityType,
            PreviewText = new ItemBody { Content = previewText.Length > 150 ? previewText[..150] : previewText },
        }, cancellationToken: cancellationToken);
}
