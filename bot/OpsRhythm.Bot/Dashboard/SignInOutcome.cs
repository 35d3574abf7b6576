namespace OpsRhythm.Bot.Dashboard;

/// <summary>The viewer, or why there is none: no valid credential (401) or a person the organisation does not know (403).</summary>
internal sealed record SignInOutcome(DashboardViewer? Viewer, bool UnknownPerson)
{
    public static SignInOutcome NotSignedIn { get; } = new(null, UnknownPerson: false);

    public static SignInOutcome Unknown { get; } = new(null, UnknownPerson: true);
}
