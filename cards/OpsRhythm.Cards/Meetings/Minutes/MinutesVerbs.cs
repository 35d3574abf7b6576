namespace OpsRhythm.Cards.Meetings.Minutes;

/// <summary>The verbs of the minutes cards (entity = the action item's or the occurrence's id).</summary>
public static class MinutesVerbs
{
    /// <summary>Shows the recording form for an occurrence (entity = occurrence partition).</summary>
    public const string Form = "minutes.form";

    public const string RecordItem = "minutes.item";

    public const string RecordDecision = "minutes.decision";

    /// <summary>Redraws the minutes card for whoever views it (Universal Actions refresh).</summary>
    public const string Show = "minutes.show";

    public const string CloseItem = "item.close";

    public const string Reassign = "item.reassign";

    public const string Reschedule = "item.reschedule";

    /// <summary>Redraws one action item's card for whoever views it.</summary>
    public const string ShowItem = "item.show";
}
