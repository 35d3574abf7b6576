namespace OpsRhythm.Domain.Indicators;

public enum ImprovementActionState
{
    Open,
    Closed,
}
