namespace OpsRhythm.Domain.Indicators;

/// <summary>Close an improvement action with the note saying what was done.</summary>
public sealed record CloseImprovementAction(string? Note);
