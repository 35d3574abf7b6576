namespace OpsRhythm.Domain.Meetings.Minutes;

/// <summary>A decision (决议) taken in a meeting, recorded by the operations office; part of the occurrence's minutes.</summary>
public sealed record MeetingDecision(string Id, string MeetingId, DateOnly MeetingDate, string Text)
{
    public MeetingKind Kind { get; init; } = MeetingKind.Weekly;

    /// <summary>The department it concerns, if one.</summary>
    public string? DepartmentId { get; init; }

    public required string RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
