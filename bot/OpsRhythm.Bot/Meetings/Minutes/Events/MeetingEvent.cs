using System.Globalization;
using System.Text.Json;
using OpsRhythm.Protocol.Activities;

namespace OpsRhythm.Bot.Meetings.Minutes.Events;

/// <summary>
/// A meetingStart or meetingEnd event as Teams sends it to the meeting chat: <c>value</c> in PascalCase
/// (<c>Id</c>, <c>JoinUrl</c>, <c>Title</c>, <c>StartTime</c>/<c>EndTime</c>), the chat as the conversation.
/// </summary>
internal sealed record MeetingEvent(string Name, string ChatId, string? TeamsMeetingId, string? JoinUrl, string? Title, DateTimeOffset? At, string? ServiceUrl)
{
    public const string StartName = "application/vnd.microsoft.meetingStart";

    public const string EndName = "application/vnd.microsoft.meetingEnd";

    /// <summary>Null when the activity is not one of the two events or names no chat (nothing to post to).</summary>
    public static MeetingEvent? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Event || activity.Name is not (StartName or EndName) || activity.Conversation?.Id is not { Length: > 0 } chat)
        {
            return null;
        }

        var value = activity.Value is { ValueKind: JsonValueKind.Object } v ? v : default;
        var at = Text(value, activity.Name == StartName ? "StartTime" : "EndTime") is { } time
            && DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : (DateTimeOffset?)null;
        return new MeetingEvent(activity.Name, chat, Text(value, "Id"), Text(value, "JoinUrl"), Text(value, "Title"), at, activity.ServiceUrl);
    }

    public bool IsStart => Name == StartName;

    private static string? Text(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
