using System.Net;
using Microsoft.Extensions.Logging;

namespace OpsRhythm.Protocol.Connector;

internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Bot Connector {Method} {Operation} failed with {StatusCode} {ErrorCode}")]
    public static partial void CallFailed(ILogger logger, HttpMethod method, string operation, HttpStatusCode statusCode, string? errorCode);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Conversation {ConversationId} blocks the bot ({ErrorCode})")]
    public static partial void ConversationBlocked(ILogger logger, string? conversationId, string? errorCode);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Bot Connector {Method} {Operation} could not be sent")]
    public static partial void CallNotSent(ILogger logger, HttpMethod method, string operation, Exception exception);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "Refused a Bot Connector call to {Host}: not on the service URL allow-list")]
    public static partial void ServiceUrlRefused(ILogger logger, string? host);
}
