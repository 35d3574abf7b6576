namespace OpsRhythm.Domain.Improvement;

/// <summary>An employee's suggestion as typed: the problem, the proposal, the expected benefit, and whether it may be thanked publicly.</summary>
public sealed record SubmitSuggestion(string? Problem, string? Proposal, string? Benefit, bool MayThankPublicly);
