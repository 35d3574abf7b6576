namespace OpsRhythm.Domain.Indicators;

/// <summary>A business target of a plan that sets no indicator target, and why (an "Indicators.PlanTargets.Skipped.*" key).</summary>
public sealed record SkippedPlanTarget(string Metric, string ReasonKey);
