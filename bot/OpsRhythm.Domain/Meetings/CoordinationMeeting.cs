namespace OpsRhythm.Domain.Meetings;

/// <summary>
/// A cross-department coordination meeting (跨部门协调会): asked for by anyone, with up to three slots
/// every participant can make; once the requester picks one it is scheduled (meetings container, pk = id).
/// </summary>
public sealed record CoordinationMeeting(string Id, string Topic, string RequesterPersonId, IReadOnlyList<string> ParticipantPersonIds, int DurationMinutes)
{
    public MeetingState State { get; init; } = MeetingState.Proposed;

    public IReadOnlyList<TimeRange> ProposedSlots { get; init; } = [];

    /// <summary>False when the slots come only from meetings the bot knows (no Graph): the card says so.</summary>
    public bool SlotsFromCalendars { get; init; }

    public TimeRange? Chosen { get; init; }

    public string? EventId { get; init; }

    public string? JoinUrl { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public TimeSpan Duration => TimeSpan.FromMinutes(DurationMinutes);

    /// <summary>The requester and the other participants.</summary>
    public IEnumerable<string> Everyone => ParticipantPersonIds.Prepend(RequesterPersonId).Distinct(StringComparer.Ordinal);
}
