using Microsoft.AspNetCore.Antiforgery;
using OpsRhythm.Bot.Dashboard;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Cards.Localization;

namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>
/// The meeting side panel (docs/meetings.md): its page and JSON API under /dashboard/panel, so it shares the
/// dashboard's framing rules, Teams SSO and local sign-in (whose cookie is scoped to /dashboard). The API
/// answers 401 without a valid sign-in, 403 for a person the organisation does not know, and 403 for a Teams
/// viewer who is not a participant of the meeting (<see cref="PanelGate"/>).
/// </summary>
internal static class PanelEndpoints
{
    public const string BasePath = DashboardEndpoints.BasePath + "/panel";
    public const string TextsArea = "MeetingPanel";

    public static WebApplication MapMeetingPanel(this WebApplication app)
    {
        var group = app.MapGroup(BasePath);
        group.AddEndpointFilter(DashboardEndpoints.FramedByTeamsAsync);
        group.MapGet("/", (HttpContext context, DashboardAssets assets) => assets.Serve(context, "panel.html"));
        group.MapGet("/api/texts", (HttpContext context) => Results.Ok(DashboardTexts.For(DashboardLocale.For(context.Request), TextsArea)));
        group.MapGet("/api/agenda", AgendaAsync);
        group.MapGet("/api/antiforgery", AntiforgeryToken);
        group.MapPanelMinutes();
        return app;
    }

    private static async Task<IResult> AgendaAsync(
        HttpContext context, DashboardSignIn signIn, PanelGate gate, PanelAgendaReader reader, IOrganisationDirectory directory, CancellationToken cancellationToken)
    {
        var text = DashboardLocale.For(context.Request);
        var (viewer, error) = await SignInAsync(context, signIn, text, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var chat = context.Request.Query["chat"].ToString();
        var meeting = context.Request.Query["meeting"].ToString();
        if (chat.Length > PanelLimits.MaxIdLength || meeting.Length > PanelLimits.MaxIdLength)
        {
            return DashboardEndpoints.Problem(StatusCodes.Status400BadRequest, "bad-request", text["MeetingPanel.Error.BadRequest"]);
        }

        // The agenda names the meeting's people and last week's items: its participants only, as the minutes.
        var (ids, refused) = await gate.CheckAsync(viewer!, chat.Length > 0 ? chat : null, meeting.Length > 0 ? meeting : null, text, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var organisation = await directory.GetAsync(cancellationToken);
        return Results.Ok(await reader.ReadAsync(viewer!.Person, ids!.Chat, organisation, text, cancellationToken));
    }

    /// <summary>
    /// The request token a locally signed-in page sends with each write (header <see cref="PanelLimits.AntiforgeryHeader"/>):
    /// the local sign-in is a cookie, so a write must prove it comes from this page. Teams SSO writes carry
    /// a bearer token no other site can attach, and need none.
    /// </summary>
    private static IResult AntiforgeryToken(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return Results.Ok(new { token = tokens.RequestToken });
    }

    /// <summary>The signed-in person, or the 401/403 answer.</summary>
    internal static async Task<(DashboardViewer? Viewer, IResult? Error)> SignInAsync(HttpContext context, DashboardSignIn signIn, Localizer text, CancellationToken cancellationToken)
    {
        var outcome = await signIn.ResolveAsync(context, cancellationToken);
        if (outcome.Viewer is { } viewer)
        {
            return (viewer, null);
        }

        return outcome.UnknownPerson
            ? (null, DashboardEndpoints.Problem(StatusCodes.Status403Forbidden, "unknown-person", text["Dashboard.Error.UnknownPerson"]))
            : (null, DashboardEndpoints.Problem(StatusCodes.Status401Unauthorized, "sign-in", text["Dashboard.Error.SignIn"]));
    }
}
