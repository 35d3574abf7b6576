using OpsRhythm.Cards.Extension;

namespace OpsRhythm.Bot.Extension;

/// <summary>
/// One kind of thing the message extension finds and shares. Every read is a point read or a query of one
/// partition (a user waits on it: docs/storage.md); what a viewer may not see is never returned by a search,
/// and drawn as restricted on a refresh.
/// </summary>
internal interface ISharedItemSource
{
    string Kind { get; }

    Task<IReadOnlyList<SharedItemView>> SearchAsync(SharedItemQuery query, CancellationToken cancellationToken);

    /// <summary>The item a card's data names, as the viewer may see it; null when it no longer exists.</summary>
    Task<SharedItemView?> ReadAsync(SharedItemQuery viewer, IReadOnlyDictionary<string, string> data, CancellationToken cancellationToken);
}
