namespace OpsRhythm.Domain.Risks;

/// <summary>R-5.2: the level a likelihood × impact score falls in.</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
    Critical,
}
