using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Hosting;

/// <summary>Kestrel's default address, options validated at start, telemetry.</summary>
internal static class HostingRegistration
{
    /// <summary>Loopback only: a developer's bot is not reachable from the network unless they ask for it.</summary>
    public const string DefaultUrl = "http://127.0.0.1:3978";

    public static WebApplicationBuilder AddHosting(this WebApplicationBuilder builder)
    {
        if (!HasConfiguredAddress(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        // The one reader of "now" and "today" for business code: the organisation's zone, over the TimeProvider (tests stop it).
        builder.Services.TryAddSingleton<OrganisationClock>();
        builder.Services.AddProblemDetails();
        builder.Services.AddHostedService<StartupGarbageRelease>();
        return builder;
    }

    /// <summary>ASPNETCORE_URLS, --urls, ASPNETCORE_HTTP_PORTS or a Kestrel endpoint section all win over the default.</summary>
    internal static bool HasConfiguredAddress(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
        || !string.IsNullOrWhiteSpace(configuration["http_ports"])
        || !string.IsNullOrWhiteSpace(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").Exists();
}
