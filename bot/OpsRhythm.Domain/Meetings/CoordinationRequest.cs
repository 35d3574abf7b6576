namespace OpsRhythm.Domain.Meetings;

/// <summary>
/// What the requester asked for on the coordination card, read into types: a duration or date that could not
/// be read is null (the duration is then an error, a date takes its default).
/// </summary>
public sealed record CoordinationRequest(string? Topic, IReadOnlyList<string> PersonIds, IReadOnlyList<string> DepartmentIds, int? DurationMinutes, DateOnly? From, DateOnly? To);

/// <summary>A valid request: who meets, for how long, and the local dates [From, To] to look in.</summary>
public sealed record CoordinationAsk(string Topic, IReadOnlyList<string> ParticipantPersonIds, int DurationMinutes, DateOnly From, DateOnly To);
