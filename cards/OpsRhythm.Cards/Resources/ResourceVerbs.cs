namespace OpsRhythm.Cards.Resources;

/// <summary>The verbs of the resource card's buttons.</summary>
public static class ResourceVerbs
{
    public const string Enter = "resources.enter";
}
