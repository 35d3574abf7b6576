using OpsRhythm.Domain.Organisation;
using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.Bot.Organisation.Setup;

/// <summary>
/// What the administrator's import merges: the team's members (GET /v3/conversations/{team}/pagedmembers)
/// and channels (GET /v3/teams/{team}/conversations) through the Bot Connector, departments and managers
/// from Graph where configured. <see cref="OrganisationAdministration.ImportRoster"/> merges them.
/// </summary>
internal sealed class TeamImporter(IConnectorClient connector, IDirectoryPeople directoryPeople)
{
    /// <summary>The team's General channel has the team's id and, in Teams, no name.</summary>
    public static string GeneralChannelName(string? teamName) => teamName is { Length: > 0 } ? $"General ({teamName})" : "General";

    public async Task<ImportRoster> ReadAsync(TeamRecord team, CancellationToken cancellationToken)
    {
        var serviceUrl = new Uri(team.ServiceUrl);
        var members = new List<RosterMember>();
        string? continuation = null;
        do
        {
            var page = await connector.GetPagedMembersAsync(serviceUrl, team.TeamId, 500, continuation, cancellationToken);
            members.AddRange(page.Members.Select(m => new RosterMember(m.Id, m.AadObjectId, m.Name ?? m.UserPrincipalName ?? m.Id, m.Email, m.UserPrincipalName)));
            continuation = page.ContinuationToken;
        }
        while (continuation is { Length: > 0 });

        var channels = (await connector.GetTeamChannelsAsync(serviceUrl, team.TeamId, cancellationToken))
            .Where(c => c.Id is { Length: > 0 })
            .Select(c => new TeamChannel(c.Id!, c.Name is { Length: > 0 } name ? name : GeneralChannelName(team.TeamName)))
            .ToList();

        if (directoryPeople.IsConfigured)
        {
            var entries = await directoryPeople.FindAsync([.. members.Select(m => m.AadObjectId).OfType<string>()], cancellationToken);
            members = [.. members.Select(m => m.AadObjectId is { } id && entries.TryGetValue(id, out var entry)
                ? m with { Department = entry.Department, ManagerAadObjectId = entry.ManagerAadObjectId }
                : m)];
        }

        return new ImportRoster(team.TeamId, team.TeamName, members, channels);
    }
}
