using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpsRhythm.Protocol.Auth;
using OpsRhythm.Protocol.Connector;
using OpsRhythm.Protocol.Startup;

namespace OpsRhythm.Protocol;

public static class ProtocolServiceCollectionExtensions
{
    /// <summary>
    /// The bot's identity (MicrosoftApp* keys at the configuration root, validated at start), the Bot Connector
    /// client with its token and retry policy (and a single-attempt one, keyed <see cref="ConnectorClient.SingleAttemptKey"/>,
    /// for the outbox), and — when an app id is configured — the Bot Framework JWT authenticator and the start-up
    /// warm-up of its signing keys and the bot's token. Without an app id the caller chooses the inbound
    /// authenticator and no token is sent.
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
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorOptions>, ConnectorOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddBotConnector();

        if (!string.IsNullOrWhiteSpace(configuration[nameof(BotAuthenticationOptions.MicrosoftAppId)]))
        {
            services.AddHttpClient(BotFrameworkJwtAuthenticator.MetadataHttpClientName);
            services.TryAddSingleton<IInboundAuthenticator, BotFrameworkJwtAuthenticator>();
            services.AddHostedService<BotFrameworkWarmUp>();
        }

        return services;
    }

    private static void AddBotConnector(this IServiceCollection services)
    {
        services.TryAddSingleton<IBotTokenProvider>(provider => new BotTokenProvider(
            BotCredentialFactory.Create(provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ServiceUrlAllowList>();
        services.TryAddTransient<ServiceUrlGuardHandler>();
        services.TryAddTransient<BotAuthorizationHandler>();
        services.TryAddTransient<ConnectorRetryHandler>();
        // Handlers run in the order added: the host guard comes first, so a refused host never gets the token
        // or a retry; the retry policy wraps the token handler, so every attempt carries a token.
        var client = services.AddHttpClient(ConnectorClient.HttpClientName, ConfigureTimeout);
        client.AddHttpMessageHandler<ServiceUrlGuardHandler>();
        client.AddHttpMessageHandler<ConnectorRetryHandler>();
        client.AddHttpMessageHandler<BotAuthorizationHandler>();
        // The outbox's client: its dispatcher retries with backoff and Retry-After inside the rate limits,
        // which a retry here would bypass.
        services.AddHttpClient(ConnectorClient.SingleAttemptHttpClientName, ConfigureTimeout)
            .AddHttpMessageHandler<ServiceUrlGuardHandler>()
            .AddHttpMessageHandler<BotAuthorizationHandler>();
        services.TryAddKeyedSingleton<IConnectorClient>(ConnectorClient.SingleAttemptKey, (provider, _) => new ConnectorClient(
            provider.GetRequiredService<IHttpClientFactory>(),
            ConnectorClient.SingleAttemptHttpClientName,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<ConnectorClient>>()));
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
    }

    private static void ConfigureTimeout(IServiceProvider provider, HttpClient client) =>
        client.Timeout = provider.GetRequiredService<IOptions<ConnectorOptions>>().Value.Timeout;
}
