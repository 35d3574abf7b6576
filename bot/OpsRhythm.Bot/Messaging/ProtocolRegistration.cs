using OpsRhythm.Protocol;
using OpsRhythm.Protocol.Auth;

namespace OpsRhythm.Bot.Messaging;

/// <summary>Inbound JWT validation and the Bot Connector client.</summary>
public static class ProtocolRegistration
{
    public static WebApplicationBuilder AddTeamsProtocol(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<MessagingOptions>()
            .BindConfiguration(MessagingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // With MicrosoftAppId set this registers the Bot Framework JWT authenticator; the connector is always registered.
        builder.Services.AddBotFrameworkProtocol(builder.Configuration);
        if (LocalRun.IsEnabled(builder.Configuration))
        {
            builder.Services.AddSingleton<IInboundAuthenticator, LocalDevelopmentAuthenticator>();
        }

        return builder;
    }
}
