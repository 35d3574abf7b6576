using OpsRhythm.Cards.Model;

namespace OpsRhythm.Cards.Extension;

/// <summary>
/// One shared item as its reader may see it: its kind, name and facts, and the data its refresh needs to
/// find it again. <see cref="Restricted"/> when the reader may not see it: only the kind and why not.
/// </summary>
public sealed record SharedItemView(string Kind, string Title, IReadOnlyDictionary<string, string> Ref)
{
    /// <summary>One line under the title in the search results' list.</summary>
    public string? Summary { get; init; }

    /// <summary>A longer text: a risk's description, an action item's text.</summary>
    public string? Text { get; init; }

    public IReadOnlyList<Fact> Facts { get; init; } = [];

    /// <summary>Where the full picture is (the dashboard); the card's button opens it.</summary>
    public string? OpenUrl { get; init; }

    /// <summary>Set (to the reason) when the reader may not see the item.</summary>
    public string? Restricted { get; init; }

    /// <summary>Orders results within a kind: open and late things first.</summary>
    public int Rank { get; init; }
}
