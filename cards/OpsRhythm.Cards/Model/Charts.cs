namespace OpsRhythm.Cards.Model;

// Teams chart elements (Chart.*). Clients that lack them show the element's Fallback,
// so builders always give a text fallback (see ChartFallback).

public sealed record DonutChart(IReadOnlyList<ChartSlice> Data) : CardElement
{
    public string? Title { get; init; }
    public string? ColorSet { get; init; }
}

public sealed record PieChart(IReadOnlyList<ChartSlice> Data) : CardElement
{
    public string? Title { get; init; }
    public string? ColorSet { get; init; }
}

public sealed record ChartSlice(string Legend, double Value)
{
    public string? Color { get; init; }
}

public sealed record GaugeChart(double Value) : CardElement
{
    public string? Title { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public string? SubLabel { get; init; }
    public string? ValueFormat { get; init; }
    public IReadOnlyList<GaugeSegment>? Segments { get; init; }
}

public sealed record GaugeSegment(double From, double To)
{
    public string? Color { get; init; }
    public string? Legend { get; init; }
}

public sealed record VerticalBarChart(IReadOnlyList<ChartPoint> Data) : CardElement
{
    public string? Title { get; init; }
    public string? XAxisTitle { get; init; }
    public string? YAxisTitle { get; init; }
    public bool? ShowBarValues { get; init; }
    public string? Color { get; init; }
}

public sealed record HorizontalBarChart(IReadOnlyList<ChartPoint> Data) : CardElement
{
    public string? Title { get; init; }
    public string? XAxisTitle { get; init; }
    public string? YAxisTitle { get; init; }
    public string? Color { get; init; }
}

public sealed record GroupedVerticalBarChart(IReadOnlyList<ChartSeries> Data) : CardElement
{
    public string? Title { get; init; }
    public string? XAxisTitle { get; init; }
    public string? YAxisTitle { get; init; }
}

public sealed record LineChart(IReadOnlyList<ChartSeries> Data) : CardElement
{
    public string? Title { get; init; }
    public string? XAxisTitle { get; init; }
    public string? YAxisTitle { get; init; }
}

public sealed record ChartPoint(string X, double Y)
{
    public string? Color { get; init; }
}

public sealed record ChartSeries(string Legend, IReadOnlyList<ChartPoint> Values)
{
    public string? Color { get; init; }
}
