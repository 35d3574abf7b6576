using OpsRhythm.Domain.Indicators;

namespace OpsRhythm.UnitTests.Indicators;

public sealed class IndicatorEvaluatorTests
{
    private static readonly Indicator Sales = IndicatorCatalog.Seed.Find("sales")!;
    private static readonly Indicator Complaints = IndicatorCatalog.Seed.Find("complaint-rate")!;
    private static readonly Period March = Period.Month(2026, 3);

    private static IndicatorValue Value(string indicator, string period, double value) =>
        new("sales-dept", indicator, period, value) { EnteredBy = "p", EnteredAt = DateTimeOffset.UnixEpoch };

    private static IndicatorTarget Target(string indicator, string period, double value) =>
        new("sales-dept", indicator, period, value) { SetBy = "p", SetAt = DateTimeOffset.UnixEpoch };

    private static Benchmark Bench(string indicator, string period, double value) =>
        new(indicator, period, value) { RecordedBy = "p", RecordedAt = DateTimeOffset.UnixEpoch };

    [Fact]
    public void Evaluate_HigherIsBetterAboveTarget_MetWithPositiveDelta()
    {
        var figures = new IndicatorFigures([Value("sales", "2026-M03", 120)], [Target("sales", "2026-M03", 100)], []);

        var result = IndicatorEvaluator.Evaluate(figures, Sales, March);

        Assert.Equal(EvaluationStatus.TargetMet, result.Status);
        Assert.Equal(20, result.VsTarget!.Delta, 6);
        Assert.Equal(20, result.VsTarget.Percent!.Value, 6);
        Assert.Equal(120, result.Attainment!.Value, 6);
    }

    [Fact]
    public void Evaluate_LowerIsBetterAboveTarget_MissedAndAttainmentBelowHundred()
    {
        var figures = new IndicatorFigures([Value("complaint-rate", "2026-M03", 4)], [Target("complaint-rate", "2026-M03", 2)], []);

        var result = IndicatorEvaluator.Evaluate(figures, Complaints, March);

        Assert.Equal(EvaluationStatus.TargetMissed, result.Status);
        Assert.False(result.VsTarget!.IsFavourable);
        Assert.Equal(50, result.Attainment!.Value, 6);
    }

    [Fact]
    public void Evaluate_LowerIsBetterBelowTarget_FavourableAndCapped()
    {
        var figures = new IndicatorFigures([Value("complaint-rate", "2026-M03", 0.5)], [Target("complaint-rate", "2026-M03", 2)], []);

        var result = IndicatorEvaluator.Evaluate(figures, Complaints, March);

        Assert.True(result.VsTarget!.IsFavourable);
        Assert.Equal(IndicatorEvaluator.MaxAttainment, result.Attainment);
    }

    [Fact]
    public void Evaluate_NoValue_MissingNeverZero()
    {
        var figures = new IndicatorFigures([], [Target("sales", "2026-M03", 100)], [Bench("sales", "2026", 90)]);

        var result = IndicatorEvaluator.Evaluate(figures, Sales, March);

        Assert.Equal(EvaluationStatus.Missing, result.Status);
        Assert.Null(result.Actual);
        Assert.Null(result.VsTarget);
        Assert.Null(result.Attainment);
        Assert.Null(result.VsBenchmark);
    }

    [Fact]
    public void Evaluate_NoLastYear_YearOverYearIsNullButEarlierYearsKept()
    {
        var figures = new IndicatorFigures(
            [Value("sales", "2026-M03", 110), Value("sales", "2024-M03", 80), Value("sales", "2025-M04", 99)], [], []);

        var result = IndicatorEvaluator.Evaluate(figures, Sales, March);

        Assert.Null(result.VsLastYear);
        Assert.Equal([new YearValue(2024, 80)], result.EarlierYears);
        Assert.Equal(EvaluationStatus.NoTarget, result.Status);
    }

    [Fact]
    public void Evaluate_LastYearPresent_ComparesSamePeriod()
    {
        var figures = new IndicatorFigures([Value("sales", "2026-M03", 110), Value("sales", "2025-M03", 100)], [], []);

        var result = IndicatorEvaluator.Evaluate(figures, Sales, March);

        Assert.Equal(10, result.VsLastYear!.Delta, 6);
        Assert.True(result.VsLastYear.IsFavourable);
    }

    [Fact]
    public void Evaluate_BenchmarkAbsent_NoBenchmarkComparison()
    {
        var figures = new IndicatorFigures([Value("sales", "2026-M03", 110)], [], [Bench("sales", "2025", 90)]);

        var result = IndicatorEvaluator.Evaluate(figures, Sales, March);

        Assert.Null(result.Benchmark);
        Assert.Null(result.VsBenchmark);
    }

    [Fact]
    public void Evaluate_AnnualBenchmarkOnly_StandsForEveryPeriodOfItsYear()
    {
        var figures = new IndicatorFigures([Value("complaint-rate", "2026-M03", 3)], [], [Bench("complaint-rate", "2026", 2.5)]);

        var result = IndicatorEvaluator.Evaluate(figures, Complaints, March);

        Assert.Equal(2.5, result.Benchmark);
        Assert.False(result.VsBenchmark!.IsFavourable);
    }

    [Fact]
    public void Comparison_ZeroReference_PercentUndefined()
    {
        var comparison = Comparison.Of(Sales, 5, 0);

        Assert.Null(comparison!.Percent);
        Assert.Equal(5, comparison.Delta);
    }

    [Fact]
    public void Score_OnlyIndicatorsWithBothFigures_Averaged()
    {
        var figures = new IndicatorFigures(
            [Value("sales", "2026-M03", 120), Value("complaint-rate", "2026-M03", 4)],
            [Target("sales", "2026-M03", 100), Target("complaint-rate", "2026-M03", 2), Target("profit", "2026-M03", 10)],
            []);
        var evaluations = new[] { Sales, Complaints, IndicatorCatalog.Seed.Find("profit")! }
            .Select(i => IndicatorEvaluator.Evaluate(figures, i, March));

        Assert.Equal(85, IndicatorEvaluator.Score(evaluations));
    }

    [Fact]
    public void Score_NothingMeasurable_Null() => Assert.Null(IndicatorEvaluator.Score([]));
}
