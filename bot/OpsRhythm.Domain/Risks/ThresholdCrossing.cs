namespace OpsRhythm.Domain.Risks;

/// <summary>A value that crossed a threshold: which level, the threshold, and by how much it went past.</summary>
public sealed record ThresholdCrossing(WarningLevel Level, double Value, double Threshold)
{
    /// <summary>How far past the threshold, always positive, in the indicator's unit.</summary>
    public double Excess => Math.Abs(Value - Threshold);
}
