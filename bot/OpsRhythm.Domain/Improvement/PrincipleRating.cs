namespace OpsRhythm.Domain.Improvement;

/// <summary>How far a process meets one design principle, as its owner or the ops office judged it.</summary>
public enum PrincipleRating
{
    Met,
    Partly,
    NotMet,
}
