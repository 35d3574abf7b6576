namespace OpsRhythm.Domain.Planning;

/// <summary>What the daily submission follow-up sends for one department's plan.</summary>
public enum SubmissionNotice
{
    Nothing,

    /// <summary>Before the due date: the head is reminded.</summary>
    Remind,

    /// <summary>After the due date: the ops office is told the plan is overdue.</summary>
    Escalate,
}
