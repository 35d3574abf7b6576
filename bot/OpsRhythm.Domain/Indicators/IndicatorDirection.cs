namespace OpsRhythm.Domain.Indicators;

/// <summary>Which way is good: sales should rise, the complaint rate should fall.</summary>
public enum IndicatorDirection
{
    HigherIsBetter,
    LowerIsBetter,
}
