namespace OpsRhythm.Bot.Meetings.Minutes;

/// <summary>Loads <see cref="OpenActionItems"/> before the first request and refreshes it in the background.</summary>
internal sealed partial class OpenActionItemsRefresher(OpenActionItems items, TimeProvider time, ILogger<OpenActionItemsRefresher> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await items.RefreshAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(OpenActionItems.RefreshInterval, time, stoppingToken);
                await items.RefreshAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                // The cache keeps what it had; the next refresh tries again.
                LogRefreshFailed(logger, failure);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the open action items failed; keeping the last ones read")]
    private static partial void LogRefreshFailed(ILogger logger, Exception failure);
}
