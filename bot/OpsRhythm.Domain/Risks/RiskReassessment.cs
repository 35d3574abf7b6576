namespace OpsRhythm.Domain.Risks;

/// <summary>One reassessment of a risk, kept on the risk so its card shows how the assessment moved.</summary>
public sealed record RiskReassessment(DateTimeOffset At, string ByPersonId, int FromLikelihood, int FromImpact, int Likelihood, int Impact)
{
    public string? Note { get; init; }
}
