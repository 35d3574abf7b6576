namespace OpsRhythm.Domain.Meetings.Minutes;

/// <summary>Give an open action item to another person.</summary>
public sealed record ReassignActionItem(string OwnerPersonId);
