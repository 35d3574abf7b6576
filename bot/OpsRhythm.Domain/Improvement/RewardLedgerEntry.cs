namespace OpsRhythm.Domain.Improvement;

/// <summary>
/// One line of the reward ledger: points to a person and why. The ledger of a year is the entries in
/// that year's partition; an entry is written in the same batch as the decision that earns it.
/// </summary>
public sealed record RewardLedgerEntry(string Id, string PersonId, int Points, string Reason, string SourceId)
{
    public required string AwardedBy { get; init; }

    public required DateTimeOffset AwardedAt { get; init; }

    public static string IdFor(string sourceId) => $"reward:{sourceId}";
}
