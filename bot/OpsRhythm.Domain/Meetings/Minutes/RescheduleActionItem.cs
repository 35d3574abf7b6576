namespace OpsRhythm.Domain.Meetings.Minutes;

/// <summary>Move an open action item's deadline.</summary>
public sealed record RescheduleActionItem(DateOnly Deadline);
