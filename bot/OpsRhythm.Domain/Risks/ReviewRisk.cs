namespace OpsRhythm.Domain.Risks;

/// <summary>The owner confirms the risk was reviewed; the next review is due <paramref name="NextReview"/>.</summary>
public sealed record ReviewRisk(DateOnly NextReview) : RiskCommand;
