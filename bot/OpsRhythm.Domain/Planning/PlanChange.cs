namespace OpsRhythm.Domain.Planning;

/// <summary>One difference between two versions of a plan: which section, which row, before and after (null = absent).</summary>
public sealed record PlanChange(string Section, string Item, string? Before, string? After);
