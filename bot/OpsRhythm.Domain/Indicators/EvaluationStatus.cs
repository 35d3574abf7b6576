namespace OpsRhythm.Domain.Indicators;

/// <summary>How one indicator stands in a period.</summary>
public enum EvaluationStatus
{
    /// <summary>No actual value was entered.</summary>
    Missing,

    /// <summary>A value but no target to judge it by.</summary>
    NoTarget,

    TargetMet,

    TargetMissed,
}
