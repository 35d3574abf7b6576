namespace OpsRhythm.Cards.Extension;

public static class SharedItemVerbs
{
    /// <summary>A shared item's card drawn again for whoever views it (its refresh and its refresh button).</summary>
    public const string View = "shared.view";
}
