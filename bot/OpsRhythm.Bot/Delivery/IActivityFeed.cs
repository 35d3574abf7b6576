namespace OpsRhythm.Bot.Delivery;

/// <summary>
/// Teams activity-feed notifications (Graph sendActivityNotification). When Graph is not configured
/// the feed does nothing: the chat message the outbox sends is the notice.
/// </summary>
internal interface IActivityFeed
{
    bool IsConfigured { get; }

    /// <summary>Raises <paramref name="item"/> (a manifest activity type and its template parameters) for the Entra user <paramref name="aadObjectId"/>.</summary>
    Task NotifyAsync(string aadObjectId, ActivityFeedItem item, string previewText, CancellationToken cancellationToken);
}
