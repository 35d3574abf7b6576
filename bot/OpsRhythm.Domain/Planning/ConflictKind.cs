namespace OpsRhythm.Domain.Planning;

public enum ConflictKind
{
    /// <summary>One person owns more tasks in the period than one can carry.</summary>
    OwnerOverloaded,

    /// <summary>Two or more departments ask for the same material or equipment.</summary>
    ResourceRequestedTwice,
}
