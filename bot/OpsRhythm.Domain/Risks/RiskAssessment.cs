namespace OpsRhythm.Domain.Risks;

/// <summary>R-5.2 arithmetic: likelihood and impact, each 1–5, multiply to a 1–25 score.</summary>
public static class RiskAssessment
{
    public const int Min = 1;
    public const int Max = 5;

    public static bool IsValidRating(int value) => value is >= Min and <= Max;

    public static int Score(int likelihood, int impact)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(likelihood, Min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(likelihood, Max);
        ArgumentOutOfRangeException.ThrowIfLessThan(impact, Min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(impact, Max);
        return likelihood * impact;
    }
}
