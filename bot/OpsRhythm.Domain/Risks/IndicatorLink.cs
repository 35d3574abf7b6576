namespace OpsRhythm.Domain.Risks;

/// <summary>
/// Early warning: the risk watches one indicator of its department. Thresholds are read in
/// the indicator's direction (for "higher is better" a value at or below the threshold crosses it).
/// <see cref="RecoveryMargin"/> is how far past the threshold the value must come back before the
/// alert re-arms, so a value wobbling around a threshold does not alert on every wobble.
/// </summary>
public sealed record IndicatorLink(string IndicatorId, double? Warning, double? Critical)
{
    public double RecoveryMargin { get; init; }
}
