namespace OpsRhythm.Bot.Messaging;

internal static partial class MessagingLog
{
    /// <summary>The host only: the path of a service URL says nothing more, and the activity is not logged.</summary>
    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Activity refused with 403: its service URL host {Host} is not on the connector allow-list (BotConnector:AllowedServiceHosts)")]
    public static partial void ServiceUrlNotAllowed(ILogger logger, string? host);
}
