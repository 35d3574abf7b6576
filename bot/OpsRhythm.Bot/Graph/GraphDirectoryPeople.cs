using Microsoft.Graph;
using Microsoft.Graph.Models;
using OpsRhythm.Bot.Organisation.Setup;

namespace OpsRhythm.Bot.Graph;

/// <summary>
/// Departments and managers from Entra (GET /users?$select=id,department&amp;$expand=manager, with
/// User.Read.All), page by page, keeping only the people being imported.
/// </summary>
internal sealed class GraphDirectoryPeople(GraphServiceClient client) : IDirectoryPeople
{
    public bool IsConfigured => true;

    public async Task<IReadOnlyDictionary<string, DirectoryEntry>> FindAsync(IReadOnlyCollection<string> aadObjectIds, CancellationToken cancellationToken)
    {
        var wanted = new HashSet<string>(aadObjectIds, StringComparer.OrdinalIgnoreCase);
        var found = new Dictionary<string, DirectoryEntry>(StringComparer.OrdinalIgnoreCase);
        var page = await client.Users.GetAsync(r =>
        {
            r.QueryParameters.Select = ["id", "department"];
            r.QueryParameters.Expand = ["manager($select=id)"];
            r.QueryParameters.Top = 999;
        }, cancellationToken);
        while (page is not null)
        {
            foreach (var user in page.Value ?? [])
            {
                if (user.Id is { } id && wanted.Contains(id))
                {
                    found[id] = new DirectoryEntry(user.Department, (user.Manager as DirectoryObject)?.Id);
                }
            }

            page = page.OdataNextLink is { Length: > 0 } next && found.Count < wanted.Count
                ? await client.Users.WithUrl(next).GetAsync(cancellationToken: cancellationToken)
                : null;
        }

        return found;
    }
}
