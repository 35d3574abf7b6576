namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// A department's indicators for the month shown (each in its own period: the month, its quarter or
/// its year), with the overall score and each indicator's recent trend.
/// </summary>
public sealed record DepartmentScorecard(string DepartmentId, Period Month, IReadOnlyList<IndicatorEvaluation> Evaluations, double? Score)
{
    /// <summary>Values per indicator in period order (this year and last), for the trend chart.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TrendPoint>> Trends { get; init; } = new Dictionary<string, IReadOnlyList<TrendPoint>>();

    public int MissingCount => Evaluations.Count(e => e.Status == EvaluationStatus.Missing);

    /// <summary>The indicators with any figure for the department are the ones it is measured on.</summary>
    public static DepartmentScorecard Build(IndicatorCatalog catalog, IndicatorFigures figures, string departmentId, Period month)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(figures);
        var evaluations = catalog.Indicators
            .Where(i => figures.HasAny(i.Id))
            .Select(i => IndicatorEvaluator.Evaluate(figures, i, Period.Containing(month.Start, i.Frequency)))
            .ToList();
        var trends = evaluations.ToDictionary(
            e => e.Indicator.Id,
            e => (IReadOnlyList<TrendPoint>)[.. figures.Series(e.Indicator.Id).Where(p => p.Period <= e.Period).TakeLast(12).Select(p => new TrendPoint(p.Period, p.Value))]);
        return new DepartmentScorecard(departmentId, month, evaluations, IndicatorEvaluator.Score(evaluations)) { Trends = trends };
    }
}

/// <summary>One point of a trend line.</summary>
public sealed record TrendPoint(Period Period, double Value);
