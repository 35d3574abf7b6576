namespace OpsRhythm.Domain.Planning;

/// <summary>A request to adjust an approved plan; it goes through the same review and approval as the original.</summary>
public sealed record PlanAdjustment(int Round, AdjustmentReason Reason, string Explanation, string RequestedBy, DateTimeOffset RequestedAt)
{
    /// <summary>The revision that was approved when the adjustment was asked for; the review shows the diff against it.</summary>
    public int FromRevision { get; init; }
}
