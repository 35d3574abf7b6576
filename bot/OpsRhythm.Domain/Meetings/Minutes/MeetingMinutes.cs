namespace OpsRhythm.Domain.Meetings.Minutes;

/// <summary>
/// An occurrence's record of the meeting itself (id <see cref="MinutesIds.Minutes"/>): the meeting chat the
/// events came from, when it started and ended. Created by the first meetingStart (the digest is posted in
/// the same batch) and stamped by the first meetingEnd (the minutes are sent in the same batch), so a
/// redelivered event finds it done.
/// </summary>
public sealed record MeetingMinutes(string Id, string MeetingId, DateOnly MeetingDate, MeetingKind Kind)
{
    public string? Topic { get; init; }

    /// <summary>The meeting chat's conversation id ("19:meeting_…@thread.v2").</summary>
    public string? ChatId { get; init; }

    /// <summary>The Teams meeting id from the event.</summary>
    public string? TeamsMeetingId { get; init; }

    public string? ServiceUrl { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    public MeetingOccurrenceRef Occurrence => new(MeetingId, MeetingDate, Kind) { Topic = Topic };
}
