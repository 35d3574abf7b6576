namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// The target of one indicator for one department and period (partition "{dept}:{year}"). It is
/// either entered by hand (the head or the ops office) or taken from an approved plan; an entered
/// target wins over the plan, whose figure is then kept in <see cref="Plan"/> so the card can show
/// both. Documents written before targets had a source read as entered.
/// </summary>
public sealed record IndicatorTarget(string DepartmentId, string IndicatorId, string Period, double Value)
{
    public required string SetBy { get; init; }

    public required DateTimeOffset SetAt { get; init; }

    public TargetSource Source { get; init; } = TargetSource.Entered;

    /// <summary>The latest approved plan that states this target, whether or not its figure is the one in force.</summary>
    public PlanTargetSource? Plan { get; init; }

    public static string IdFor(string indicatorId, string period) => $"target:{indicatorId}:{period}";

    /// <summary>The target as entered by <paramref name="by"/>: the plan's figure, if any, stays alongside.</summary>
    public static IndicatorTarget Entered(string departmentId, string indicatorId, string period, double value, IndicatorTarget? existing, string by, DateTimeOffset at) =>
        new(departmentId, indicatorId, period, value) { SetBy = by, SetAt = at, Source = TargetSource.Entered, Plan = existing?.Plan };
}
