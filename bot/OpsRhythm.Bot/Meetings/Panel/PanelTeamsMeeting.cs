using System.Text;

namespace OpsRhythm.Bot.Meetings.Panel;

/// <summary>
/// The Teams meeting a panel is open in, as the bot asks Teams about it: the meeting chat's thread, the Teams
/// meeting id made from that thread (never the id the page sent: teams-js is not signed), and the Bot
/// Connector the bot reached that chat through.
/// </summary>
internal sealed record PanelTeamsMeeting(string Thread, string MeetingId, Uri ServiceUrl)
{
    /// <summary>A Teams meeting id is the base64 of "0#{thread}#0" (see <see cref="Minutes.MeetingThreads"/>).</summary>
    public static string IdOf(string thread) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"0#{thread}#0"));
}
