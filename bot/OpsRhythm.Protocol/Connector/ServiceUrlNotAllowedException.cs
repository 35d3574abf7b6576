using System.Net;

namespace OpsRhythm.Protocol.Connector;

/// <summary>
/// A Bot Connector call to a host not on the allow-list, refused before the bot's token was attached.
/// It carries 403 so that the outbox dead-letters it instead of retrying.
/// </summary>
public sealed class ServiceUrlNotAllowedException : ConnectorException
{
    public const string Code = "ServiceUrlNotAllowed";

    public ServiceUrlNotAllowedException()
        : this("The service URL is not on the Bot Connector allow-list.")
    {
    }

    public ServiceUrlNotAllowedException(string message)
        : base(HttpStatusCode.Forbidden, Code, message)
    {
    }

    public ServiceUrlNotAllowedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
