using System.Text;
using System.Text.RegularExpressions;

namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>
/// A Teams meeting's chat thread ("19:meeting_…@thread.v2") is the one id every view of the meeting shares:
/// it is the meeting chat's conversation id, it is inside the join link (URL-encoded) and inside the Teams
/// meeting id (base64 of "0#19:meeting_…@thread.v2#0"). Matching on it ties an event, a panel or a chat to
/// the meeting the bot scheduled.
/// </summary>
internal static partial class MeetingThreads
{
    /// <summary>The thread in a conversation id, join link or Teams meeting id; null when none is in it.</summary>
    public static string? Of(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (Thread().Match(Uri.UnescapeDataString(value)) is { Success: true } plain)
        {
            return plain.Value;
        }

        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) && Thread().Match(Encoding.UTF8.GetString(buffer, 0, written)) is { Success: true } decoded
            ? decoded.Value
            : null;
    }

    [GeneratedRegex(@"19:meeting_[A-Za-z0-9_\-]+@thread\.v2", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Thread();
}
