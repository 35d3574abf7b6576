using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpsRhythm.Protocol.Auth;

namespace OpsRhythm.Bot.Hosting.Health;

/// <summary>
/// Teams' tokens can be checked: the Bot Framework OpenID metadata and signing keys are loaded (fetched
/// now if the start-up warm-up has not, served from the cache otherwise). Healthy without Bot Framework
/// authentication (local runs), where there are no keys to load.
/// </summary>
internal sealed class SigningKeysHealthCheck(IInboundAuthenticator authenticator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (authenticator is not BotFrameworkJwtAuthenticator botFramework)
        {
            return HealthCheckResult.Healthy("No Bot Framework authentication configured.");
        }

        try
        {
            await botFramework.WarmUpAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The signing metadata could not be loaded: " + failure.GetType().Name);
        }
    }
}
