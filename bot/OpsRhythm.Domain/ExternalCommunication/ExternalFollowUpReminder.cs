namespace OpsRhythm.Domain.ExternalCommunication;

/// <summary>What the reminder job owes an open follow-up today.</summary>
public enum ExternalFollowUpReminder
{
    Nothing,

    /// <summary>The date is within the configured days ahead: the owner is reminded once for that date.</summary>
    Before,

    /// <summary>The date has come (or passed unremarked): the owner is reminded once, and the department's head told if it is past.</summary>
    Due,
}
