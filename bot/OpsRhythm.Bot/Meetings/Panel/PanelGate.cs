using OpsRhythm.Bot.Dashboard;
using OpsRhythm.Bot.Meetings.Minutes;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Cards.Localization;

namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>
/// Who may see a meeting's panel: its participants, as Teams says. The meeting ids come from teams-js, which is
/// not signed, so a Teams (SSO) viewer is served only the meeting of the chat thread the ids name, and only once
/// Teams confirms the token's account (object id, tenant) takes part in it (<see cref="PanelParticipants"/>);
/// the thread, not the ids as sent, then picks what is read and written. A Teams viewer naming no meeting gets
/// nothing (no fallback to the weekly meeting). The local sign-in (a local run on this machine, no Teams to ask)
/// is served as before. The operations office's role check on writes comes after this, not instead.
/// </summary>
internal sealed class PanelGate(IConversationDirectory conversations, PanelParticipants participants)
{
    public async Task<(PanelMeetingIds? Ids, IResult? Error)> CheckAsync(DashboardViewer viewer, string? chat, string? meeting, Localizer text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.Token is not { } token)
        {
            return (new PanelMeetingIds(chat, meeting), null);
        }

        var chatThread = MeetingThreads.Of(chat);
        var meetingThread = MeetingThreads.Of(meeting);
        if (chatThread is not null && meetingThread is not null && !string.Equals(chatThread, meetingThread, StringComparison.Ordinal))
        {
            return (null, DashboardEndpoints.Problem(StatusCodes.Status400BadRequest, "bad-request", text["MeetingPanel.Error.BadRequest"]));
        }

        if ((chatThread ?? meetingThread) is not { } thread)
        {
            return (null, Forbidden("no-meeting", text["MeetingPanel.Error.NoMeeting"] + " " + text["MeetingPanel.Error.NotParticipant"]));
        }

        if (token.ObjectId is not { Length: > 0 } objectId || token.TenantId is not { Length: > 0 } tenantId)
        {
            return (null, Forbidden("not-participant", text["MeetingPanel.Error.NotParticipant"]));
        }

        // The bot remembers the meeting chat when it is added to the meeting and on each meeting event.
        if (await conversations.FindForConversationAsync(thread, cancellationToken) is not { } chatReference
            || !Uri.TryCreate(chatReference.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return (null, Forbidden("not-in-meeting-chat", text["MeetingPanel.Error.NotInMeetingChat"]));
        }

        var teamsMeeting = new PanelTeamsMeeting(thread, PanelTeamsMeeting.IdOf(thread), serviceUrl);
        return await participants.IsParticipantAsync(teamsMeeting, objectId, tenantId, cancellationToken) switch
        {
            true => (new PanelMeetingIds(thread, null), null),
            false => (null, Forbidden("not-participant", text["MeetingPanel.Error.NotParticipant"])),
            null => (null, DashboardEndpoints.Problem(StatusCodes.Status503ServiceUnavailable, "participants-unavailable", text["MeetingPanel.Error.ParticipantsUnavailable"])),
        };
    }

    private static IResult Forbidden(string code, string message) => DashboardEndpoints.Problem(StatusCodes.Status403Forbidden, code, message);
}
