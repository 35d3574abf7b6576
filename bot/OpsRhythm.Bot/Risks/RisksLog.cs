namespace OpsRhythm.Bot.Risks;

internal static partial class RisksLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Risks of plan cycle {CycleId} not registered yet; the plan-risks job retries")]
    public static partial void PlanRisksDeferred(this ILogger logger, string cycleId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Risks of plan {CycleId}/{DepartmentId}: {Registered} registered from the approved plan")]
    public static partial void PlanRisksRegistered(this ILogger logger, string cycleId, string departmentId, int registered);
}
