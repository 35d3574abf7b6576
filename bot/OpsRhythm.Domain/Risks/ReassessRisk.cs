namespace OpsRhythm.Domain.Risks;

/// <summary>The risk is assessed again: its likelihood and impact now, why, and when.</summary>
public sealed record ReassessRisk(int Likelihood, int Impact, string? Note, DateTimeOffset At) : RiskCommand;
