using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// Turns the business targets of an approved department plan into indicator targets of the plan's
/// period (R-3, "targets from the approved plans where they say so"). A plan target says so when its
/// metric names a catalog indicator, by id or by its Chinese or English name (as CSV rows do), the
/// indicator is collected at the plan's frequency (a monthly plan sets monthly indicators, a
/// quarterly plan quarterly ones, an annual plan annual ones) and the units agree. A target entered
/// by hand wins: it is kept and the plan's figure is noted on it.
/// </summary>
public static class PlanTargets
{
    public const string NoIndicator = "Indicators.PlanTargets.Skipped.NoIndicator";
    public const string OtherFrequency = "Indicators.PlanTargets.Skipped.Frequency";
    public const string OtherUnit = "Indicators.PlanTargets.Skipped.Unit";
    public const string Duplicate = "Indicators.PlanTargets.Skipped.Duplicate";

    /// <summary>The indicator period a plan period is: 2027 → "2027", 2027-Q1 → "2027-Q1", 2027-01 → "2027-M01".</summary>
    public static Period PeriodOf(PlanPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind switch
        {
            PlanKind.Annual => Period.WholeYear(period.Year),
            PlanKind.Quarterly => Period.Quarter(period.Year, period.Index),
            _ => Period.Month(period.Year, period.Index),
        };
    }

    /// <summary>The plan targets that set an indicator target, and those that do not with the reason.</summary>
    public static (IReadOnlyList<(Indicator Indicator, double Value)> Mapped, IReadOnlyList<SkippedPlanTarget> Skipped) Map(
        IReadOnlyList<PlanTarget> targets, PlanPeriod period, IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(catalog);
        var frequency = PeriodOf(period).Frequency;
        var mapped = new List<(Indicator, double)>();
        var skipped = new List<SkippedPlanTarget>();
        foreach (var target in targets)
        {
            var indicator = string.IsNullOrWhiteSpace(target.Metric) ? null : catalog.Find(target.Metric);
            var reason = indicator switch
            {
                null => NoIndicator,
                _ when indicator.Frequency != frequency => OtherFrequency,
                _ when !SameUnit(indicator.Unit, target.Unit) => OtherUnit,
                _ when mapped.Any(m => m.Item1.Id == indicator.Id) => Duplicate,
                _ => null,
            };
            if (reason is null)
            {
                mapped.Add((indicator!, (double)target.Value));
            }
            else
            {
                skipped.Add(new SkippedPlanTarget(target.Metric, reason));
            }
        }

        return (mapped, skipped);
    }

    /// <summary>
    /// What approving revision <paramref name="revision"/> of a department plan does to that
    /// department's targets of the period: targets to write, targets to remove (taken from an earlier
    /// revision of the same cycle that no longer states them) and the record of what was done.
    /// </summary>
    public static TargetsFromPlan Apply(
        DepartmentPlan plan, PlanPeriod period, int revision, PlanContent approved, IndicatorCatalog catalog, IReadOnlyList<IndicatorTarget> existing, string approvedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(approved);
        ArgumentNullException.ThrowIfNull(existing);
        var periodText = PeriodOf(period).ToString();
        var (mapped, skipped) = Map(approved.Targets, period, catalog);
        var current = existing.Where(t => t.Period == periodText).ToDictionary(t => t.IndicatorId, StringComparer.Ordinal);
        var put = new List<IndicatorTarget>();
        var remove = new List<IndicatorTarget>();
        var applied = new List<string>();
        var kept = new List<string>();
        foreach (var (indicator, value) in mapped)
        {
            var source = new PlanTargetSource(plan.CycleId, revision, value);
            current.TryGetValue(indicator.Id, out var target);
            var newer = target?.Plan is { } noted && noted.CycleId == plan.CycleId && noted.Revision >= revision;
            var next = target switch
            {
                _ when newer => null,
                null => new IndicatorTarget(plan.DepartmentId, indicator.Id, periodText, value) { SetBy = approvedBy, SetAt = at, Source = TargetSource.Plan, Plan = source },
                { Source: TargetSource.Plan } => target with { Value = value, SetBy = approvedBy, SetAt = at, Plan = source },
                _ => target with { Plan = source },
            };
            if (next is not null)
            {
                put.Add(next);
            }

            ((next ?? target)!.Source == TargetSource.Plan ? applied : kept).Add($"{indicator.Id}:{periodText}");
        }

        foreach (var stale in current.Values.Where(t => t.Plan is { } noted && noted.CycleId == plan.CycleId && noted.Revision < revision && mapped.All(m => m.Indicator.Id != t.IndicatorId)))
        {
            if (stale.Source == TargetSource.Plan)
            {
                remove.Add(stale);
            }
            else
            {
                put.Add(stale with { Plan = null });
            }
        }

        var record = new PlanTargetsApplied(plan.CycleId, plan.DepartmentId, revision) { AppliedAt = at, Applied = applied, KeptEntered = kept, Skipped = skipped };
        return new TargetsFromPlan(put, remove, record);
    }

    private static bool SameUnit(string indicatorUnit, string planUnit) =>
        string.IsNullOrWhiteSpace(planUnit) || string.Equals(indicatorUnit.Trim(), planUnit.Trim(), StringComparison.OrdinalIgnoreCase);
}
