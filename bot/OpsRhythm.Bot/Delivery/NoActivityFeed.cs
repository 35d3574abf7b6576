namespace OpsRhythm.Bot.Delivery;

/// <summary>The feed when Graph is not configured: nothing is raised; the chat message is the notice.</summary>
internal sealed class NoActivityFeed : IActivityFeed
{
    public bool IsConfigured => false;

    public Task NotifyAsync(string aadObjectId, ActivityFeedItem item, string previewText, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
