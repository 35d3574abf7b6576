namespace OpsRhythm.Bot.Indicators;

internal static partial class IndicatorsLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Targets of plan cycle {CycleId} not taken over yet; the plan-targets job retries")]
    public static partial void PlanTargetsDeferred(this ILogger logger, string cycleId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Targets of plan {CycleId}/{DepartmentId} revision {Revision}: {Applied} from the plan, {Kept} entered kept, {Skipped} not indicators")]
    public static partial void PlanTargetsApplied(this ILogger logger, string cycleId, string departmentId, int revision, int applied, int kept, int skipped);
}
