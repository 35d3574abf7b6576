namespace OpsRhythm.Bot.Messaging;

/// <summary>POST /api/messages: the one endpoint Teams calls.</summary>
public static class MessagesEndpoint
{
    public static WebApplication MapMessages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app;
    }
}
