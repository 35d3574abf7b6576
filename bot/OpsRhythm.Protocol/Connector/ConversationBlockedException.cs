using System.Net;

namespace OpsRhythm.Protocol.Connector;

/// <summary>403 with subCode MessageWritesBlocked: the user blocked or uninstalled the bot. Stop messaging them.</summary>
public sealed class ConversationBlockedException : ConnectorException
{
    public ConversationBlockedException()
        : base(HttpStatusCode.Forbidden, "MessageWritesBlocked", "The conversation blocks messages from the bot.")
    {
    }

    public ConversationBlockedException(string message)
        : base(HttpStatusCode.Forbidden, "MessageWritesBlocked", message)
    {
    }

    public ConversationBlockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? ConversationId { get; init; }
}
