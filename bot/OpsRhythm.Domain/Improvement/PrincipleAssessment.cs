namespace OpsRhythm.Domain.Improvement;

/// <summary>One principle of assessed for one process, with what was found.</summary>
public sealed record PrincipleAssessment(DesignPrinciple Principle, PrincipleRating Rating, string? Note);
