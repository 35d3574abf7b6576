namespace OpsRhythm.Domain.ExternalCommunication;

/// <summary>The input ids of the follow-up cards, shared by the rules (errors), the cards (inputs) and the handlers (reads).</summary>
public static class ExternalCommunicationFields
{
    public const string Department = "department";
    public const string Kind = "kind";
    public const string Counterpart = "counterpart";
    public const string Note = "note";
    public const string Owner = "owner";
    public const string Date = "date";

    /// <summary>What came of the follow-up, typed when marking it done.</summary>
    public const string Outcome = "outcome";

    /// <summary>The new date when the follow-up is moved.</summary>
    public const string NewDate = "newDate";

    /// <summary>The follow-up's department (its partition), carried by the follow-up card's buttons.</summary>
    public const string FollowUpDepartment = "dept";
}
