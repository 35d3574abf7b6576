namespace OpsRhythm.Domain.Indicators;

/// <summary>How often an indicator is collected; it decides the shape of its periods.</summary>
public enum IndicatorFrequency
{
    Monthly,
    Quarterly,
    Annual,
}
