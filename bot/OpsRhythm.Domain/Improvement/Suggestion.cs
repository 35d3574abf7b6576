using System.Globalization;

namespace OpsRhythm.Domain.Improvement;

/// <summary>
/// An improvement proposal from any employee, stored in the improvement container in the
/// partition of its year; accepting it writes the reward to the ledger in the same batch.
/// </summary>
public sealed record Suggestion(string Id, string ProposerPersonId, string Problem, string Proposal, string ExpectedBenefit)
{
    /// <summary>The proposer agreed to be thanked by name in the announcement channel.</summary>
    public bool MayThankPublicly { get; init; }

    public SuggestionState State { get; init; } = SuggestionState.Submitted;

    public SuggestionScores? Scores { get; init; }

    public string? DecisionReason { get; init; }

    public int RewardPoints { get; init; }

    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public static string PartitionFor(DateTimeOffset at) => at.Year.ToString(CultureInfo.InvariantCulture);
}
