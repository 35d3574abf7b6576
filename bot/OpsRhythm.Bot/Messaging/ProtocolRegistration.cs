namespace OpsRhythm.Bot.Messaging;

/// <summary>Inbound JWT validation and the Bot Connector client.</summary>
public static class ProtocolRegistration
{
    public static WebApplicationBuilder AddTeamsProtocol(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
