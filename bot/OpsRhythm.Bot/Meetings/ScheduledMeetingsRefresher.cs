namespace OpsRhythm.Bot.Meetings;

/// <summary>Loads <see cref="ScheduledMeetings"/> before the first turn and refreshes it in the background.</summary>
internal sealed partial class ScheduledMeetingsRefresher(ScheduledMeetings meetings, TimeProvider time, ILogger<ScheduledMeetingsRefresher> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await meetings.RefreshAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(ScheduledMeetings.RefreshInterval, time, stoppingToken);
                await meetings.RefreshAsync(stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the scheduled coordination meetings failed; keeping the last ones read")]
    private static partial void LogRefreshFailed(ILogger logger, Exception failure);
}
