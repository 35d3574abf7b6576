namespace OpsRhythm.Bot.Graph;

/// <summary>
/// Teams activity-feed notifications (Graph sendActivityNotification). When Graph is not configured
/// the feed does nothing: the chat message the outbox sends is the notice.
/// </summary>
public interface IActivityFeed
{
    bool IsConfigured { get; }

    /// <summary>Raises a feed item of manifest activity <paramref name="activityType"/> for the Entra user <paramref name="aadObjectId"/>.</summary>
    Task NotifyAsync(string aadObjectId, string activityType, string previewText, CancellationToken cancellationToken);
}
