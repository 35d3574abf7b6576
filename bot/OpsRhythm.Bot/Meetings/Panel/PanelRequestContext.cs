using OpsRhythm.Bot.Dashboard;
using OpsRhythm.Bot.Organisation;

namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>
/// Opens a minutes request: the sign-in (401/403), the meeting ids teams-js gave the page (400 when too long to be
/// one), the meeting's participants only (<see cref="PanelGate"/>: 403/503) and today's occurrence of that meeting.
/// </summary>
internal sealed class PanelRequestContext(DashboardSignIn signIn, IOrganisationDirectory directory, PanelOccurrences occurrences, PanelMinutesReader reader, PanelGate gate)
{
    public async Task<(PanelRequest? Request, IResult? Error)> OpenAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var text = DashboardLocale.For(context.Request);
        var (viewer, error) = await PanelEndpoints.SignInAsync(context, signIn, text, cancellationToken);
        if (error is not null)
        {
            return (null, error);
        }

        var chat = context.Request.Query["chat"].ToString();
        var meeting = context.Request.Query["meeting"].ToString();
        if (chat.Length > PanelLimits.MaxIdLength || meeting.Length > PanelLimits.MaxIdLength)
        {
            return (null, DashboardEndpoints.Problem(StatusCodes.Status400BadRequest, "bad-request", text["MeetingPanel.Error.BadRequest"]));
        }

        var (ids, refused) = await gate.CheckAsync(viewer!, chat.Length > 0 ? chat : null, meeting.Length > 0 ? meeting : null, text, cancellationToken);
        if (refused is not null)
        {
            return (null, refused);
        }

        var organisation = await directory.GetAsync(cancellationToken);
        var person = viewer!.Person;
        var occurrence = await occurrences.TodayAsync(ids!.Chat, ids.Meeting, organisation, cancellationToken);
        var request = new PanelRequest(person, viewer.SignedInLocally, PanelAccess.For(person, organisation), organisation, text, occurrence, ids.Chat)
        {
            Reader = reader,
        };
        return (request, null);
    }
}
