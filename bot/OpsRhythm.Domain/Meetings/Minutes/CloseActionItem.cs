namespace OpsRhythm.Domain.Meetings.Minutes;

/// <summary>Close an action item with what was done.</summary>
public sealed record CloseActionItem(string? Note);
