namespace OpsRhythm.Domain.Risks;

/// <summary>
/// A risk of a department's register, stored in the risks container in the department's
/// partition with its audit trail and alerts.
/// </summary>
public sealed record Risk(string Id, string DepartmentId, RiskCategory Category, string Description, int Likelihood, int Impact)
{
    public required ResponseStrategy Strategy { get; init; }

    public required string OwnerPersonId { get; init; }

    public RiskStatus Status { get; init; } = RiskStatus.Open;

    public IReadOnlyList<RiskAction> Actions { get; init; } = [];

    /// <summary>Who takes the risk over under <see cref="ResponseStrategy.Transfer"/> (insurer, supplier...).</summary>
    public string? Counterparty { get; init; }

    /// <summary>Next review; required for an accepted risk, set for every open risk by the review job.</summary>
    public DateOnly? ReviewDate { get; init; }

    /// <summary>The review date the owner was last reminded of, so each due date reminds once.</summary>
    public DateOnly? ReviewRemindedFor { get; init; }

    public IReadOnlyList<IndicatorLink> IndicatorLinks { get; init; } = [];

    public required string CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public int Score => RiskAssessment.Score(Likelihood, Impact);

    public RiskLevel LevelIn(RiskLevelBands bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        return bands.LevelOf(Score);
    }
}
