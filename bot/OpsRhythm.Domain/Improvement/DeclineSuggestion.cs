namespace OpsRhythm.Domain.Improvement;

/// <summary>The ops office declines a suggestion, saying why.</summary>
public sealed record DeclineSuggestion(string? Reason);
