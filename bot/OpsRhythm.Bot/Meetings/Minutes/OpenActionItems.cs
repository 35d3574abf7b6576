using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>
/// Every open action item, for the dashboard: items live in their occurrence's partition, so reading them
/// all is a cross-partition query, which runs here only in the background (<see cref="Snapshot"/>:
/// at start, then every <see cref="RefreshInterval"/>). An item this instance records, closes, reassigns or
/// reschedules is taken in at once; another instance's within a refresh.
/// </summary>
internal sealed class OpenActionItems(MinutesStore minutes, OrganisationClock clock) : Dashboard.IOpenActionItems
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    /// <summary>The cache itself, which <see cref="SnapshotRefresher{T}"/> refreshes.</summary>
    public RefreshedSnapshot<ActionItem> Snapshot { get; } = new(
        "open action items",
        RefreshInterval,
        cancellationToken => minutes.AllItemsAsync(ActionItemState.Open, cancellationToken),
        item => item.Id,
        item => item.State == ActionItemState.Open,
        clock);

    /// <summary>The cached open items; read from the store only if never loaded (before start, or a test without the refresher).</summary>
    public Task<IReadOnlyList<ActionItem>> GetAsync(CancellationToken cancellationToken) => Snapshot.GetAsync(cancellationToken);

    /// <summary>An item this instance just wrote: kept while open, dropped once closed.</summary>
    public void Remember(ActionItem item) => Snapshot.Remember(item);

    /// <summary>Reads every open item (across partitions: background only).</summary>
    public Task<IReadOnlyDictionary<string, ActionItem>> RefreshAsync(CancellationToken cancellationToken) => Snapshot.RefreshAsync(cancellationToken);
}
