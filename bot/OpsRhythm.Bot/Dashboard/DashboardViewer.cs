using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>The person looking at the dashboard and how they signed in (Teams SSO or the local sign-in page).</summary>
internal sealed record DashboardViewer(Person Person, bool SignedInLocally)
{
    /// <summary>The Teams SSO token's account (object id, tenant), which Teams can be asked about (e.g. a meeting's participants); null for the local sign-in.</summary>
    public TeamsSsoToken? Token { get; init; }
}
