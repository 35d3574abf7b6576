using System.Net;

namespace OpsRhythm.Protocol.Connector;

/// <summary>A Bot Connector call that failed after retries; <see cref="StatusCode"/> and the error code tell why.</summary>
public class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(HttpStatusCode statusCode, string? errorCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public HttpStatusCode? StatusCode { get; }

    public string? ErrorCode { get; }

    /// <summary>When the connector said how long to wait (429), the delay it asked for.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
