namespace OpsRhythm.Domain.Indicators;

/// <summary>What an approved plan revision changes in one department's targets: written, removed, and the record of it.</summary>
public sealed record TargetsFromPlan(IReadOnlyList<IndicatorTarget> Put, IReadOnlyList<IndicatorTarget> Remove, PlanTargetsApplied Record);
