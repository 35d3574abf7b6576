using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpsRhythm.Protocol.Auth;
using OpsRhythm.Protocol.Connector;

namespace OpsRhythm.Protocol;

public static class ProtocolServiceCollectionExtensions
{
    /// <summary>
    /// The bot's identity (MicrosoftApp* keys at the configuration root, validated at start), the Bot Connector
    /// client with its token and retry policy, and — when an app id is configured — the Bot Framework JWT
    /// authenticator. Without an app id the caller chooses the inbound authenticator and no token is sent.
    /// </summary>
    public static IServiceCollection AddBotFrameworkProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotAuthenticationOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.AddOptions<ConnectorOptions>()
            .BindConfiguration(ConnectorOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddBotConnector();

        if (!string.IsNullOrWhiteSpace(configuration[nameof(BotAuthenticationOptions.MicrosoftAppId)]))
        {
            services.AddHttpClient(BotFrameworkJwtAuthenticator.MetadataHttpClientName);
            services.TryAddSingleton<IInboundAuthenticator, BotFrameworkJwtAuthenticator>();
        }

        return services;
    }

    private static void AddBotConnector(this IServiceCollection services)
    {
        services.TryAddSingleton<IBotTokenProvider>(provider => new BotTokenProvider(
            BotCredentialFactory.Create(provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddTransient<BotAuthorizationHandler>();
        // Handlers run in the order added: the retry policy wraps the token handler, so every attempt carries a token.
        var client = services.AddHttpClient(ConnectorClient.HttpClientName, (provider, client) =>
            client.Timeout = provider.GetRequiredService<IOptions<ConnectorOptions>>().Value.Timeout);
        client.AddResilienceHandler("bot-connector", ConnectorRetry.Configure);
        client.AddHttpMessageHandler<BotAuthorizationHandler>();
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
    }
}
