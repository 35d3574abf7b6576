using System.Collections.Immutable;
using OpsRhythm.Domain.Meetings.Minutes;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>
/// Every open action item, for the dashboard: items live in their occurrence's partition, so reading them
/// all is a cross-partition query, which runs here only in the background (<see cref="OpenActionItemsRefresher"/>:
/// at start, then every <see cref="RefreshInterval"/>). An item this instance records, closes, reassigns or
/// reschedules is taken in at once; another instance's within a refresh.
/// </summary>
internal sealed class OpenActionItems(MinutesStore minutes, OrganisationClock clock) : Dashboard.IOpenActionItems
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private ImmutableDictionary<string, ActionItem>? _items;
    private ImmutableDictionary<string, (ActionItem Item, DateTimeOffset At)> _remembered = ImmutableDictionary<string, (ActionItem, DateTimeOffset)>.Empty;

    /// <summary>The cached open items; read from the store only if never loaded (before start, or a test without the refresher).</summary>
    public async Task<IReadOnlyList<ActionItem>> GetAsync(CancellationToken cancellationToken)
    {
        var items = _items ?? await RefreshAsync(cancellationToken);
        return [.. items.Values];
    }

    /// <summary>An item this instance just wrote: kept while open, dropped once closed.</summary>
    public void Remember(ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            _remembered = _remembered.SetItem(item.Id, (item, clock.UtcNow));
            if (_items is not null)
            {
                _items = Apply(_items, item);
            }
        }
    }

    /// <summary>Reads every open item (across partitions: background only).</summary>
    public async Task<ImmutableDictionary<string, ActionItem>> RefreshAsync(CancellationToken cancellationToken)
    {
        var started = clock.UtcNow;
        var builder = ImmutableDictionary.CreateBuilder<string, ActionItem>(StringComparer.Ordinal);
        await foreach (var stored in minutes.AllItemsAsync(ActionItemState.Open, cancellationToken))
        {
            builder[stored.Value.Id] = stored.Value;
        }

        lock (_gate)
        {
            // What this instance wrote while the query ran is newer than what the query saw.
            var items = builder.ToImmutable();
            foreach (var (item, at) in _remembered.Values)
            {
                items = at >= started ? Apply(items, item) : items;
            }

            _remembered = _remembered.RemoveRange(_remembered.Where(r => r.Value.At < started).Select(r => r.Key));
            _items = items;
            return items;
        }
    }

    private static ImmutableDictionary<string, ActionItem> Apply(ImmutableDictionary<string, ActionItem> items, ActionItem item) =>
        item.State == ActionItemState.Open ? items.SetItem(item.Id, item) : items.Remove(item.Id);
}
