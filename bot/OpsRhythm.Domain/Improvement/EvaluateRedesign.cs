namespace OpsRhythm.Domain.Improvement;

/// <summary>A department's assessment of the redesigned process; a score that could not be read is null.</summary>
public sealed record EvaluateRedesign(string DepartmentId, int? Feasibility, int? Effectiveness, int? CostBenefit, string? Comment);
