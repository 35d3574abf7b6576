namespace OpsRhythm.Domain.Meetings.Minutes;

/// <summary>Input ids of the minutes cards, shared by the cards, the handlers and the machine's errors.</summary>
public static class ActionItemFields
{
    public const string Text = "itemText";

    /// <summary>A person id (a choice set of attendees and the organisation's people).</summary>
    public const string Owner = "itemOwner";

    /// <summary>"yyyy-MM-dd".</summary>
    public const string Deadline = "itemDeadline";

    /// <summary>A department id the item is about (optional).</summary>
    public const string Department = "itemDepartment";

    public const string Decision = "decisionText";

    public const string Note = "itemNote";

    /// <summary>The occurrence's partition a recording card posts ("{meetingId}:{yyyy-MM-dd}").</summary>
    public const string Occurrence = "occurrence";
}
