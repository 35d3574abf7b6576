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

    /// <summary>App Service's id of the host (VM) an instance runs on; the default of <see cref="DeliveryOptions.MembershipId"/>.</summary>
    public const string AppServiceInstanceVariable = "WEBSITE_INSTANCE_ID";

    /// <summary>The dispatcher's parts without the host, so tests run several instances side by side.</summary>
    public static IServiceCollection AddOutboxDelivery(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>()
            .BindConfiguration(DeliveryOptions.Section)
            .PostConfigure<IConfiguration>((options, configuration) =>
            {
                if (string.IsNullOrWhiteSpace(options.MembershipId) && configuration[AppServiceInstanceVariable] is { Length: > 0 } host)
                {
                    options.MembershipId = host;
                }
            })
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
