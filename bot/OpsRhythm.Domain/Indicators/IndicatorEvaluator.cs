namespace OpsRhythm.Domain.Indicators;

/// <summary>The evaluation arithmetic of, pure so every rule is unit-tested.</summary>
public static class IndicatorEvaluator
{
    public const double MaxAttainment = 150;

    public static IndicatorEvaluation Evaluate(IndicatorFigures figures, Indicator indicator, Period period)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(indicator);
        var actual = figures.Actual(indicator.Id, period);
        var target = figures.Target(indicator.Id, period);
        var earlier = figures.EarlierYears(indicator.Id, period);
        var lastYear = earlier.FirstOrDefault(y => y.Year == period.Year - 1);
        var benchmark = figures.Benchmark(indicator.Id, period);
        return new IndicatorEvaluation(indicator, period, actual)
        {
            Target = target,
            VsTarget = Comparison.Of(indicator, actual, target),
            Attainment = Attainment(indicator, actual, target),
            EarlierYears = earlier,
            VsLastYear = Comparison.Of(indicator, actual, lastYear?.Value),
            Benchmark = benchmark,
            VsBenchmark = Comparison.Of(indicator, actual, benchmark),
        };
    }

    /// <summary>
    /// Attainment in percent: actual/target when higher is better, target/actual when lower is better
    /// (half the target complaint rate is 200%, capped at <see cref="MaxAttainment"/>). Null when a figure is missing
    /// or the ratio is undefined.
    /// </summary>
    public static double? Attainment(Indicator indicator, double? actual, double? target)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (actual is not { } a || target is not { } t || a < 0 || t < 0)
        {
            return null;
        }

        if (indicator.Direction == IndicatorDirection.HigherIsBetter)
        {
            return t == 0 ? null : Math.Min(MaxAttainment, a / t * 100);
        }

        return a == 0 ? MaxAttainment : Math.Min(MaxAttainment, t / a * 100);
    }

    /// <summary>The department's score: mean attainment over the indicators that have both actual and target; null if none.</summary>
    public static double? Score(IEnumerable<IndicatorEvaluation> evaluations)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        var attainments = evaluations.Where(e => e.Attainment is not null).Select(e => e.Attainment!.Value).ToList();
        return attainments.Count == 0 ? null : Math.Round(attainments.Average(), 1);
    }
}
