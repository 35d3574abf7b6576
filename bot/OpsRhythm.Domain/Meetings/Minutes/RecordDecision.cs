namespace OpsRhythm.Domain.Meetings.Minutes;

/// <summary>Record a decision, optionally about one department.</summary>
public sealed record RecordDecision(string Text, string? DepartmentId = null);
