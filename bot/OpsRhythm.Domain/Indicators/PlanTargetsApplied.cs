namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// The record that one approved revision of a department plan has been turned into indicator
/// targets (partition "{dept}:{year}"). Its id is the projection's idempotency key: written in the
/// same batch as the targets, it makes a retried or repeated projection a no-op.
/// </summary>
public sealed record PlanTargetsApplied(string CycleId, string DepartmentId, int Revision)
{
    public required DateTimeOffset AppliedAt { get; init; }

    /// <summary>"{indicator}:{period}" of the targets now in force from the plan.</summary>
    public IReadOnlyList<string> Applied { get; init; } = [];

    /// <summary>"{indicator}:{period}" of targets entered by hand that were kept (the plan's figure is noted on them).</summary>
    public IReadOnlyList<string> KeptEntered { get; init; } = [];

    public IReadOnlyList<SkippedPlanTarget> Skipped { get; init; } = [];

    public static string IdFor(string cycleId, int revision) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"plan-targets:{cycleId}:r{revision}");
}
