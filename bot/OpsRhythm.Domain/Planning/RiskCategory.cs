namespace OpsRhythm.Domain.Planning;

/// <summary>Risk categories of the policy .</summary>
public enum RiskCategory
{
    Market,
    Policy,
    Technology,
    People,
    Other,
}
