namespace OpsRhythm.Domain.Risks;

/// <summary>Where an indicator value stands against a risk's thresholds.</summary>
public enum WarningLevel
{
    Normal,
    Warning,
    Critical,
}
