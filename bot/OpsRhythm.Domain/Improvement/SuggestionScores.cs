namespace OpsRhythm.Domain.Improvement;

/// <summary>The ops office's evaluation on the policy's three criteria, each 1–5.</summary>
public sealed record SuggestionScores(int Feasibility, int Effectiveness, int CostBenefit)
{
    public int Total => Feasibility + Effectiveness + CostBenefit;
}
