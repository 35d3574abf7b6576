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

    /// <summary>Next review; required for an accepted risk. Without one the review job reminds the owner the configured interval after registration.</summary>
    public DateOnly? ReviewDate { get; init; }

    /// <summary>The review date the owner was last reminded of, so each due date reminds once.</summary>
    public DateOnly? ReviewRemindedFor { get; init; }

    public IReadOnlyList<IndicatorLink> IndicatorLinks { get; init; } = [];

    /// <summary>Every reassessment, oldest first; the card shows the latest.</summary>
    public IReadOnlyList<RiskReassessment> Reassessments { get; init; } = [];

    /// <summary>Set when the risk came from an approved plan rather than the register form.</summary>
    public RiskOrigin? FromPlan { get; init; }

    public required string CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public int Score => RiskAssessment.Score(Likelihood, Impact);

    /// <summary>
    /// When the owner is to review the risk: its review date, or for a risk without one
    /// <paramref name="defaultDays"/> after it was last assessed (registered or reassessed), in the organisation's zone.
    /// </summary>
    public DateOnly ReviewDue(TimeZoneInfo zone, int defaultDays)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (ReviewDate is { } date)
        {
            return date;
        }

        var assessed = Reassessments.Count > 0 ? Reassessments[^1].At : CreatedAt;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(assessed, zone).DateTime).AddDays(defaultDays);
    }

    public RiskLevel LevelIn(RiskLevelBands bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        return bands.LevelOf(Score);
    }
}
