using Microsoft.Extensions.Logging;

namespace OpsRhythm.Protocol.Startup;

internal static partial class WarmUpLog
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Bot Framework signing keys fetched at start")]
    public static partial void SigningKeysFetched(ILogger logger);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Bot Framework signing keys could not be fetched at start; the first activity fetches them")]
    public static partial void SigningKeysFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Information, Message = "Bot token fetched at start")]
    public static partial void TokenFetched(ILogger logger);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Warning, Message = "Bot token could not be fetched at start; the first outbound call fetches it")]
    public static partial void TokenFailed(ILogger logger, Exception exception);
}
