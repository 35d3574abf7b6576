namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// One indicator of one department in one period, judged three ways: against its target,
/// against the same period of earlier years, and against the industry benchmark.
/// </summary>
public sealed record IndicatorEvaluation(Indicator Indicator, Period Period, double? Actual)
{
    public double? Target { get; init; }

    public Comparison? VsTarget { get; init; }

    /// <summary>Target attainment in percent, direction-aware (a lower complaint rate than target is above 100), capped at 150.</summary>
    public double? Attainment { get; init; }

    /// <summary>The same period of earlier years, most recent first; a year without a value is absent.</summary>
    public IReadOnlyList<YearValue> EarlierYears { get; init; } = [];

    public Comparison? VsLastYear { get; init; }

    public double? Benchmark { get; init; }

    public Comparison? VsBenchmark { get; init; }

    public EvaluationStatus Status => (Actual, VsTarget) switch
    {
        (null, _) => EvaluationStatus.Missing,
        (_, null) => EvaluationStatus.NoTarget,
        (_, { IsFavourable: true }) => EvaluationStatus.TargetMet,
        _ => EvaluationStatus.TargetMissed,
    };
}

/// <summary>A value of the same period in an earlier year.</summary>
public sealed record YearValue(int Year, double Value);
