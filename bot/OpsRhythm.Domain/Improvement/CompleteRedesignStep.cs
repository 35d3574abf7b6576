namespace OpsRhythm.Domain.Improvement;

/// <summary>The current step is done, with an optional note of what came of it.</summary>
public sealed record CompleteRedesignStep(string? Note);
