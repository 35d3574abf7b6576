namespace OpsRhythm.Domain.Improvement;

/// <summary>The ops office's evaluation: three scores (1–5) and the reward points; null where nothing readable was given.</summary>
public sealed record AcceptSuggestion(int? Feasibility, int? Effectiveness, int? CostBenefit, int? Points);
