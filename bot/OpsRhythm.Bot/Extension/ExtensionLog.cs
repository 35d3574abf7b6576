namespace OpsRhythm.Bot.Extension;

internal static partial class ExtensionLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Message extension {Name} ({CommandId}) by {PersonId}")]
    public static partial void Invoke(ILogger logger, string name, string? commandId, string personId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message extension invoke {Name} was not what Teams sends; answered 400")]
    public static partial void Malformed(ILogger logger, string? name);
}
