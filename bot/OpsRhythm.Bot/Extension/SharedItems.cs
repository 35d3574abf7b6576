using OpsRhythm.Cards.Extension;

namespace OpsRhythm.Bot.Extension;

/// <summary>
/// What the search command finds, in a stable order (plans, tasks, risks, indicators, action items; within a
/// kind what needs attention first, then by name) so that pages asked for with skip and count neither repeat
/// nor miss an item; and any shared item read again for its card's refresh.
/// </summary>
internal sealed class SharedItems(IEnumerable<ISharedItemSource> sources)
{
    private static readonly List<string> Order = [.. SharedItemKinds.All];

    public async Task<IReadOnlyList<SharedItemView>> SearchAsync(SharedItemQuery query, int skip, int count, CancellationToken cancellationToken)
    {
        var found = new List<SharedItemView>();
        foreach (var source in sources)
        {
            found.AddRange(await source.SearchAsync(query, cancellationToken));
        }

        return [.. found
            .OrderBy(v => Order.IndexOf(v.Kind))
            .ThenBy(v => v.Rank)
            .ThenBy(v => v.Title, StringComparer.Ordinal)
            .ThenBy(v => string.Join('|', v.Ref.Values), StringComparer.Ordinal)
            .Skip(skip)
            .Take(count)];
    }

    /// <summary>The item a card's data names, as the viewer may see it; null when its kind is unknown or it no longer exists.</summary>
    public async Task<SharedItemView?> ReadAsync(SharedItemQuery viewer, IReadOnlyDictionary<string, string> data, CancellationToken cancellationToken)
    {
        var kind = data.GetValueOrDefault(SharedItemFields.Kind);
        var source = sources.FirstOrDefault(s => s.Kind == kind || (kind == SharedItemKinds.Task && s.Kind == SharedItemKinds.Plan));
        return source is null ? null : await source.ReadAsync(viewer, data, cancellationToken);
    }
}
