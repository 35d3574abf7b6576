using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Organisation.Setup;

/// <summary>
/// Remembers the team the app was installed in (from the install event's channelData.team), so the
/// administrator's import knows where to read members and channels without typing any id.
/// </summary>
internal sealed class TeamDirectory(IDocumentStore store, TimeProvider time)
{
    public static readonly DocumentKey CurrentKey = new("team", "team:current");

    public async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.TeamsData?.Team is not { Id: { Length: > 0 } teamId } team || activity.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return;
        }

        var known = await FindAsync(cancellationToken);
        var name = team.Name ?? (known?.TeamId == teamId ? known.TeamName : null);
        if (known is not null && known.TeamId == teamId && known.TeamName == name && known.ServiceUrl == serviceUrl)
        {
            return;
        }

        await store.UpsertAsync(StorageContainers.Organisation, CurrentKey, new TeamRecord(teamId, name, serviceUrl, activity.TenantId, time.GetUtcNow()), cancellationToken);
    }

    public async Task<TeamRecord?> FindAsync(CancellationToken cancellationToken) =>
        (await store.ReadAsync<TeamRecord>(StorageContainers.Organisation, CurrentKey, cancellationToken))?.Value;
}
