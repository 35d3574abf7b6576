using OpsRhythm.Protocol;

namespace OpsRhythm.Bot.Messaging;

/// <summary>Inbound JWT validation and the Bot Connector client.</summary>
public static class ProtocolRegistration
{
    public static WebApplicationBuilder AddTeamsProtocol(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // With MicrosoftAppId set this registers the Bot Framework JWT authenticator; the connector is always registered.
        builder.Services.AddBotFrameworkProtocol(builder.Configuration);
        return builder;
    }
}
