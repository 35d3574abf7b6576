namespace OpsRhythm.Domain.Meetings.Minutes;

/// <summary>Record an action item: what, who (a person of the organisation), by when, about what.</summary>
public sealed record RecordActionItem(string Text, string OwnerPersonId, DateOnly Deadline, ActionItemLink? Link = null);
