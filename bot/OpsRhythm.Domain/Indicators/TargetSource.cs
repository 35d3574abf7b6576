namespace OpsRhythm.Domain.Indicators;

/// <summary>Where the figure in force of a target comes from.</summary>
public enum TargetSource
{
    /// <summary>Entered on a card or in CSV by the department head or the ops office.</summary>
    Entered,

    /// <summary>Taken from the business targets of an approved plan of the same period.</summary>
    Plan,
}
