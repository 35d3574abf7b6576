namespace OpsRhythm.Domain.Planning;

/// <summary>
/// How a diff names what it describes: people by name (not their ids), risk categories and responses in
/// the reader's language, dates in the reader's format. <see cref="Invariant"/> keeps ids, enum names and
/// ISO dates (for logs and tests).
/// </summary>
public sealed record PlanDiffNames(Func<string, string> Person, Func<RiskCategory, string> Category, Func<RiskResponse, string> Response)
{
    public static PlanDiffNames Invariant { get; } = new(id => id, c => c.ToString(), r => r.ToString());

    /// <summary>A date as the reader sees it; ISO (yyyy-MM-dd) unless set.</summary>
    public Func<DateOnly, string> Date { get; init; } = date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
