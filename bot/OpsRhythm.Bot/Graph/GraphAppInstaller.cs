using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OpsRhythm.Bot.Delivery;

namespace OpsRhythm.Bot.Graph;

/// <summary>
/// Installs the app in a person's personal scope with TeamsAppInstallation.ReadWriteSelfForUser.All:
/// POST /users/{id}/teamwork/installedApps with teamsApp@odata.bind to the org catalog's app.
/// </summary>
internal sealed class GraphAppInstaller(GraphServiceClient client, Uri graphBaseUrl, string catalogAppId) : IAppInstaller
{
    public bool IsConfigured => true;

    public async Task<AppInstallOutcome> InstallForAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graphBaseUrl);
        var installation = new UserScopeTeamsAppInstallation
        {
            AdditionalData = new Dictionary<string, object>
            {
                ["teamsApp@odata.bind"] = $"{graphBaseUrl.ToString().TrimEnd('/')}/appCatalogs/teamsApps/{catalogAppId}",
            },
        };
        try
        {
            await client.Users[aadObjectId].Teamwork.InstalledApps.PostAsync(installation, cancellationToken: cancellationToken);
            return AppInstallOutcome.Requested;
        }
        catch (ODataError e) when (e.ResponseStatusCode == (int)HttpStatusCode.Conflict)
        {
            return AppInstallOutcome.AlreadyInstalled;
        }
        catch (ODataError e) when (e.ResponseStatusCode == (int)HttpStatusCode.Forbidden)
        {
            return AppInstallOutcome.Forbidden;
        }
        catch (Exception e) when (e is ODataError or HttpRequestException)
        {
            return AppInstallOutcome.Failed;
        }
    }
}
