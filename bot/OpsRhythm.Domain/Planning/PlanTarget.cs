namespace OpsRhythm.Domain.Planning;

/// <summary>
/// A business target as a number (业务目标). <see cref="Metric"/> is one of <see cref="Metrics"/>'
/// keys for the targets the company sums up, or the department's own wording.
/// </summary>
public sealed record PlanTarget(string Metric, string Unit, decimal Value);
