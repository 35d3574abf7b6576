using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Hosting.Health;

/// <summary>The store answers a point read (of a lease that never exists): the cheapest call that needs a connection.</summary>
public sealed class StoreHealthCheck(IDocumentStore store) : IHealthCheck
{
    private static readonly DocumentKey Probe = new("health", "probe");

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.ReadAsync<ProbeDocument>(StorageContainers.Jobs, Probe, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception's type only: its message can name the store's address.
            return HealthCheckResult.Unhealthy("The store did not answer: " + failure.GetType().Name);
        }
    }

    private sealed record ProbeDocument;
}
