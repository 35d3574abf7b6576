namespace OpsRhythm.Domain.Risks;

/// <summary>
/// Where the 1–25 score (likelihood × impact) turns medium, high and critical. Configurable
/// (Risks:LevelBands); the defaults put 4×4 and 5×4 in critical, 3×4 in high, 2×3 in medium.
/// </summary>
public sealed record RiskLevelBands(int MediumFrom = 5, int HighFrom = 10, int CriticalFrom = 16)
{
    public static RiskLevelBands Default { get; } = new();

    public bool IsValid => MediumFrom > 1 && MediumFrom < HighFrom && HighFrom < CriticalFrom && CriticalFrom <= 25;

    public RiskLevel LevelOf(int score) =>
        score >= CriticalFrom ? RiskLevel.Critical
        : score >= HighFrom ? RiskLevel.High
        : score >= MediumFrom ? RiskLevel.Medium
        : RiskLevel.Low;

    public RiskLevel LevelOf(int likelihood, int impact) => LevelOf(RiskAssessment.Score(likelihood, impact));
}
