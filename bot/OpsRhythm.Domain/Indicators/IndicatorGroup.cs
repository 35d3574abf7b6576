namespace OpsRhythm.Domain.Indicators;

/// <summary>The policy's four indicator groups .</summary>
public enum IndicatorGroup
{
    Financial,
    Efficiency,
    Customer,
    Internal,
}
