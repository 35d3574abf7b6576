namespace OpsRhythm.Domain.Planning;

public enum DepartmentPlanState
{
    NotStarted,
    Draft,
    Submitted,

    /// <summary>Sent back by the ops office with a comment; the head edits and submits again.</summary>
    Returned,
    Accepted,
}
