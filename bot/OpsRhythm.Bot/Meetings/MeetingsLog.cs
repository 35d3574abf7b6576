namespace OpsRhythm.Bot.Meetings;

internal static partial class MeetingsLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendar call {Operation} failed; nothing was changed")]
    public static partial void CalendarFailed(this ILogger logger, string operation, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Meeting {MeetingId} changed meanwhile; the event {EventId} created for this attempt is being cancelled")]
    public static partial void Compensating(this ILogger logger, string meetingId, string eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Meeting {MeetingId} changed meanwhile; the event {EventId} moved for this attempt goes back to the stored meeting")]
    public static partial void UndoingMove(this ILogger logger, string meetingId, string eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Meeting {MeetingId} changed meanwhile; the event {EventId} cancelled for this attempt is created again")]
    public static partial void UndoingCancel(this ILogger logger, string meetingId, string eventId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly meeting attendees follow the organisation: +{Added} -{Removed}")]
    public static partial void AttendeesFollowed(this ILogger logger, string added, string removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams could not be asked whether the panel's viewer takes part in the meeting; the panel answered 503")]
    public static partial void ParticipantCheckFailed(this ILogger logger, Exception exception);
}
