namespace OpsRhythm.Bot.Turns;

internal static partial class TurnLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Command {Command} by {PersonId}")]
    public static partial void Command(ILogger logger, string command, string? personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message from {PersonId} matched no command")]
    public static partial void NotUnderstood(ILogger logger, string? personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Card action {Verb} by {PersonId} answered {Result}")]
    public static partial void CardAction(ILogger logger, string verb, string result, string? personId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Invoke {Name} has no handler")]
    public static partial void InvokeNotHandled(ILogger logger, string? name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store is unavailable; the user was asked to retry")]
    public static partial void StoreBusy(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Card data named a document no store accepts ({Verb}); answered as a bad request")]
    public static partial void ForgedKey(ILogger logger, Exception exception, string? verb);

    [LoggerMessage(Level = LogLevel.Error, Message = "A {ActivityType} turn ({Detail}) failed")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string activityType, string? detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "The reply could not be sent")]
    public static partial void ReplyFailed(ILogger logger, Exception exception);
}
