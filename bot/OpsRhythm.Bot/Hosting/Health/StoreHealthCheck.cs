using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Hosting.Health;

/// <summary>
/// The store is usable. On Cosmos DB, the start-up check again (<see cref="CosmosConnection.CheckAsync"/>: the
/// database and every container read with the bot's identity), so a container deleted or a role removed
/// after start takes the instance out of rotation and the log names what is missing and the fix. On
/// SQLite, a point read (of a lease that never exists): the cheapest call that needs the file.
/// </summary>
internal sealed partial class StoreHealthCheck(IDocumentStore store, IServiceProvider services, IOptions<StorageOptions> options, ILogger<StoreHealthCheck> logger) : IHealthCheck
{
    private static readonly DocumentKey Probe = new("health", "probe");

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (options.Value.Provider == StorageProvider.Cosmos)
            {
                var result = await services.GetRequiredService<CosmosConnection>().CheckAsync(cancellationToken);
                if (!result.IsHealthy)
                {
                    // The problem names the account's endpoint: the log has it, the public answer does not.
                    LogNotReady(logger, result.Problem ?? "?");
                    return HealthCheckResult.Unhealthy("The store is not ready (see the log, event 9101).");
                }

                return HealthCheckResult.Healthy();
            }

            await store.ReadAsync<ProbeDocument>(StorageContainers.Jobs, Probe, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception's type only: its message can name the store's address.
            return HealthCheckResult.Unhealthy("The store did not answer: " + failure.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 9101, Level = LogLevel.Error, Message = "Not ready: {Problem}")]
    private static partial void LogNotReady(ILogger logger, string problem);

    private sealed record ProbeDocument;
}
