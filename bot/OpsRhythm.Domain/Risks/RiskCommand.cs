namespace OpsRhythm.Domain.Risks;

/// <summary>What a person asks of an open risk on its card; <see cref="RiskMachine.Decide"/> judges it.</summary>
public abstract record RiskCommand;
