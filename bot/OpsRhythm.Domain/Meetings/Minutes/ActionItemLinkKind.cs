namespace OpsRhythm.Domain.Meetings.Minutes;

/// <summary>What an action item is about, beside its owner: a department, a plan task or a risk.</summary>
public enum ActionItemLinkKind
{
    Department,
    PlanTask,
    Risk,
}
