namespace OpsRhythm.Domain.Risks;

/// <summary>The risk no longer threatens: it leaves the register and the heat map.</summary>
public sealed record CloseRisk(string? Note) : RiskCommand;
