namespace OpsRhythm.Bot.Planning;

internal static partial class PlanningLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Plan cycle {CycleId} opened by schedule (occurrence {Occurrence})")]
    public static partial void CycleOpened(this ILogger logger, string cycleId, DateTimeOffset occurrence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plan cycle {CycleId} not opened by schedule: {Reason}")]
    public static partial void CycleNotOpened(this ILogger logger, string cycleId, string reason);
}
