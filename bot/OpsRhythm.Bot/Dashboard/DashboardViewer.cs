using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>The person looking at the dashboard and how they signed in (Teams SSO or the local sign-in page).</summary>
internal sealed record DashboardViewer(Person Person, bool SignedInLocally);
