using OpsRhythm.Domain.Improvement;

namespace OpsRhythm.Cards.Improvement;

/// <summary>
/// The input ids the improvement cards post and the bot reads: one name for both sides, so a renamed input
/// cannot silently arrive empty. They are also the keys of the Domain's field errors shown beside them.
/// </summary>
public static class ImprovementFields
{
    public const string Problem = "problem";
    public const string Proposal = "proposal";
    public const string Benefit = "benefit";
    public const string MayThank = "mayThank";
    public const string Feasibility = "feasibility";
    public const string Effectiveness = "effectiveness";
    public const string CostBenefit = "costBenefit";
    public const string Points = "points";
    public const string Reason = "reason";
    public const string Process = "process";
    public const string Note = "note";

    /// <summary>The field error of a start form that lacks one of the five steps.</summary>
    public const string Steps = "steps";

    public static string OwnerOf(RedesignStepKind kind) => $"owner{kind}";

    public static string DueOf(RedesignStepKind kind) => $"due{kind}";
}
