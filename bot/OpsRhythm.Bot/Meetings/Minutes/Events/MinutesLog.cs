namespace OpsRhythm.Bot.Meetings.Minutes.Events;

internal static partial class MinutesLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting event {Name} for {Occurrence} was already handled (redelivered); nothing sent again")]
    public static partial void EventRepeated(this ILogger logger, string name, string occurrence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Meeting event {Name} names no Teams meeting chat; ignored")]
    public static partial void EventWithoutMeeting(this ILogger logger, string name);
}
