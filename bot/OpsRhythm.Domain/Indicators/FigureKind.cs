namespace OpsRhythm.Domain.Indicators;

/// <summary>What a figure entered on a card is: an actual value or a target.</summary>
public enum FigureKind
{
    Value,
    Target,
}
