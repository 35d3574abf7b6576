using OpsRhythm.Bot.Persistence;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Protocol.Connector;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Organisation.Setup;

/// <summary>
/// The administrator's import: the team's members (GET /v3/conversations/{team}/pagedmembers) and
/// channels (GET /v3/teams/{team}/conversations) through the Bot Connector, departments and managers
/// from Graph where configured, merged by <see cref="RosterImport"/> and saved with its audit event.
/// </summary>
internal sealed class TeamImporter(IConnectorClient connector, IDirectoryPeople directoryPeople, IOrganisationDirectory directory, TimeProvider time)
{
    /// <summary>The team's General channel has the team's id and, in Teams, no name.</summary>
    public static string GeneralChannelName(string? teamName) => teamName is { Length: > 0 } ? $"General ({teamName})" : "General";

    public async Task<RosterImportResult> ImportAsync(TeamRecord team, StoredDocument<OrganisationProfile> stored, Person actor, CancellationToken cancellationToken)
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

        var result = RosterImport.Merge(stored.Value, team.TeamId, team.TeamName, members, channels);
        var imported = new WorkflowEvent("organisation.imported")
        {
            Details = new Dictionary<string, string>
            {
                ["added"] = result.Added.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["updated"] = result.Updated.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["channels"] = channels.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["proposedDepartments"] = result.ProposedDepartments.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
        await directory.SaveAsync(result.Organisation, stored.ETag, AuditTrail.Of(nameof(OrganisationProfile), team.TeamId, [imported], actor.Id, time.GetUtcNow()), cancellationToken);
        return result;
    }
}
