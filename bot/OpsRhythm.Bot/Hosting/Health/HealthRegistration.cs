using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpsRhythm.Bot.Hosting.Health;

/// <summary>
/// /health/live: the process answers (no dependency is asked, so a slow store never gets a healthy
/// instance restarted). /health/ready: the store answers and the Bot Framework signing keys are loaded,
/// so App Service sends Teams' traffic only to an instance that can take a turn (infra: healthCheckPath).
/// </summary>
internal static class HealthRegistration
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    /// <summary>A readiness probe that hangs is a failed one: App Service waits on it.</summary>
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", HealthStatus.Unhealthy, [ReadyTag], CheckTimeout)
            .AddCheck<SigningKeysHealthCheck>("signing-keys", HealthStatus.Unhealthy, [ReadyTag], CheckTimeout);
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
