namespace OpsRhythm.Domain.Planning;

/// <summary>
/// How a diff names what it describes: people by name (not their ids), risk categories and responses in
/// the reader's language. <see cref="Invariant"/> keeps ids and enum names (for logs and tests).
/// </summary>
public sealed record PlanDiffNames(Func<string, string> Person, Func<RiskCategory, string> Category, Func<RiskResponse, string> Response)
{
    public static PlanDiffNames Invariant { get; } = new(id => id, c => c.ToString(), r => r.ToString());
}
