namespace OpsRhythm.Domain.Meetings;

/// <summary>What the requester typed on the coordination card (inputs arrive as text); ids are comma-separated.</summary>
public sealed record CoordinationRequest(string? Topic, string? People, string? Departments, string? Duration, string? From, string? To);

/// <summary>A valid request: who meets, for how long, and the local dates [From, To] to look in.</summary>
public sealed record CoordinationAsk(string Topic, IReadOnlyList<string> ParticipantPersonIds, int DurationMinutes, DateOnly From, DateOnly To);
