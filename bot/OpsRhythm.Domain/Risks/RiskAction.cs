namespace OpsRhythm.Domain.Risks;

/// <summary>A measure against a risk (for avoid and reduce) and who carries it out.</summary>
public sealed record RiskAction(string Text, string OwnerPersonId);
