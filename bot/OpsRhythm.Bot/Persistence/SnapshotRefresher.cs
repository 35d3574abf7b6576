namespace OpsRhythm.Bot.Persistence;

/// <summary>Loads a <see cref="RefreshedSnapshot{T}"/> before the first turn and refreshes it in the background.</summary>
internal sealed class SnapshotRefresher<T>(RefreshedSnapshot<T> snapshot, TimeProvider time, ILogger<SnapshotRefresher<T>> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await snapshot.RefreshAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(snapshot.RefreshInterval, time, stoppingToken);
                await snapshot.RefreshAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                // The snapshot keeps what it had; the next refresh tries again.
                logger.SnapshotRefreshFailed(snapshot.Name, failure);
            }
        }
    }
}
