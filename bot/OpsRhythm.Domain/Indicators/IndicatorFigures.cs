namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// The figures of one department that an evaluation reads: actual values and targets of several
/// years, and the industry benchmarks. Built from what the store returned; absent means missing.
/// </summary>
public sealed class IndicatorFigures(
    IEnumerable<IndicatorValue> values,
    IEnumerable<IndicatorTarget> targets,
    IEnumerable<Benchmark> benchmarks)
{
    private readonly Dictionary<(string, string), double> _values = values.ToDictionary(v => (v.IndicatorId, v.Period), v => v.Value);
    private readonly Dictionary<(string, string), double> _targets = targets.ToDictionary(t => (t.IndicatorId, t.Period), t => t.Value);
    private readonly Dictionary<(string, string), double> _benchmarks = benchmarks.ToDictionary(b => (b.IndicatorId, b.Period), b => b.Value);

    public bool HasAny(string indicatorId) =>
        _values.Keys.Any(k => k.Item1 == indicatorId) || _targets.Keys.Any(k => k.Item1 == indicatorId);

    public double? Actual(string indicatorId, Period period) => Lookup(_values, indicatorId, period);

    public double? Target(string indicatorId, Period period) => Lookup(_targets, indicatorId, period);

    public double? Benchmark(string indicatorId, Period period) =>
        Lookup(_benchmarks, indicatorId, period) ?? Lookup(_benchmarks, indicatorId, Period.WholeYear(period.Year));

    /// <summary>Values of the same period in earlier years, most recent first, only the years that have one.</summary>
    public IReadOnlyList<YearValue> EarlierYears(string indicatorId, Period period) =>
        [.. _values.Keys
            .Where(k => k.Item1 == indicatorId && Period.TryParse(k.Item2, out var p) && p == period.InYear(p.Year) && p.Year < period.Year)
            .Select(k => new YearValue(Period.Parse(k.Item2).Year, _values[k]))
            .OrderByDescending(y => y.Year)];

    /// <summary>The values of one indicator in period order, for the trend line and early warning.</summary>
    public IReadOnlyList<(Period Period, double Value)> Series(string indicatorId) =>
        [.. _values.Where(kv => kv.Key.Item1 == indicatorId && Period.TryParse(kv.Key.Item2, out _))
            .Select(kv => (Period.Parse(kv.Key.Item2), kv.Value))
            .OrderBy(x => x.Item1)];

    private static double? Lookup(Dictionary<(string, string), double> map, string indicatorId, Period period) =>
        map.TryGetValue((indicatorId, period.ToString()), out var value) ? value : null;
}
