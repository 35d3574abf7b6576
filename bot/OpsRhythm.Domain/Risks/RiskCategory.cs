namespace OpsRhythm.Domain.Risks;

/// <summary>R-5.1 categories.</summary>
public enum RiskCategory
{
    Market,
    Policy,
    Technology,
    People,
    Other,
}
