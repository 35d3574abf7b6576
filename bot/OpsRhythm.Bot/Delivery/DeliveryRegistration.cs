using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OpsRhythm.Bot.Delivery;

/// <summary>The outbox dispatcher that sends proactive messages within Teams' rate limits.</summary>
internal static class DeliveryRegistration
{
    public static WebApplicationBuilder AddDelivery(this WebApplicationBuilder builder)
    {
        builder.Services.AddOutboxDelivery();

        // Needs the organisation (who the ops office is): registered with the app, not with the bare dispatcher parts.
        builder.Services.TryAddSingleton<DeadLetterReport>();
        return builder;
    }

    /// <summary>The dispatcher's parts without the host, so tests run several instances side by side.</summary>
    public static IServiceCollection AddOutboxDelivery(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>()
            .BindConfiguration(DeliveryOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IActivityFeed, NoActivityFeed>();
        services.TryAddSingleton<IAppInstaller, NoAppInstaller>();
        services.TryAddSingleton<PersonalInstallation>();
        services.TryAddSingleton<IOutboxAddressBook, DirectoryAddressBook>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxRateLimiter>();
        services.TryAddSingleton<OutboxDelivery>();
        services.TryAddSingleton<OutboxFanOutExpander>();
        services.TryAddSingleton<OutboxReconciliation>();
        services.TryAddSingleton<DispatcherMembership>();
        services.AddHostedService<OutboxDispatcher>();
        return services;
    }
}
