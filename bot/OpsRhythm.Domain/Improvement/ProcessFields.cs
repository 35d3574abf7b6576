namespace OpsRhythm.Domain.Improvement;

/// <summary>The input ids of the process cards, shared by the Domain's field errors, the cards and the handlers.</summary>
public static class ProcessFields
{
    public const string Process = "process";
    public const string Owner = "processOwner";
    public const string IntervalMonths = "intervalMonths";
    public const string ReviewNote = "reviewNote";

    /// <summary>The field error of a form that did not assess all four principles.</summary>
    public const string Principles = "principles";

    /// <summary>The due date a review card was drawn for, carried by its button.</summary>
    public const string ForDue = "forDue";

    /// <summary>The process's partition, carried by its card's button (recorded processes and finished redesigns' live apart).</summary>
    public const string Partition = "pk";

    public static string RatingOf(DesignPrinciple principle) => $"rating{principle}";

    public static string NoteOf(DesignPrinciple principle) => $"finding{principle}";
}
