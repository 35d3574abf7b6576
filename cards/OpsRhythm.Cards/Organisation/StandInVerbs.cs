namespace OpsRhythm.Cards.Organisation;

/// <summary>The stand-in card's verbs; the entity is the organisation profile, its version the profile's ETag.</summary>
public static class StandInVerbs
{
    public const string Show = "standin.show";
    public const string Set = "standin.set";
    public const string Remove = "standin.remove";
}
