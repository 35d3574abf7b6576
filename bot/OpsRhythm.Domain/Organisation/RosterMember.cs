namespace OpsRhythm.Domain.Organisation;

/// <summary>A member of the team's roster (connector pagedmembers), optionally with what Entra says of them (Graph /users).</summary>
public sealed record RosterMember(string TeamsUserId, string? AadObjectId, string Name, string? Email, string? UserPrincipalName)
{
    /// <summary>The Entra department name, when Graph is configured.</summary>
    public string? Department { get; init; }

    /// <summary>The Entra object id of their manager, when Graph is configured.</summary>
    public string? ManagerAadObjectId { get; init; }
}
