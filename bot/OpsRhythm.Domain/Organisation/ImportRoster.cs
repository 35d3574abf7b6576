namespace OpsRhythm.Domain.Organisation;

/// <summary>The team's members and channels as Teams (and Entra, where configured) list them, to merge into the organisation.</summary>
public sealed record ImportRoster(string TeamId, string? TeamName, IReadOnlyList<RosterMember> Members, IReadOnlyList<TeamChannel> Channels);
