namespace OpsRhythm.Domain.Risks;

/// <summary>
/// An early-warning alert: a value of a watched indicator crossed a risk's threshold. It is written
/// with the value (indicators partition "{dept}:{year}") and its messages; acknowledging it is audited.
/// </summary>
public sealed record RiskAlert(string Id, string RiskId, string DepartmentId, string IndicatorId, string Period, ThresholdCrossing Crossing)
{
    public required DateTimeOffset RaisedAt { get; init; }

    public string? AcknowledgedBy { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; init; }

    /// <summary>One alert per risk, indicator, period and level: a corrected value never alerts twice for the same crossing.</summary>
    public static string IdFor(string riskId, string indicatorId, string period, WarningLevel level) =>
        $"alert:{riskId}:{indicatorId}:{period}:{level}";
}
