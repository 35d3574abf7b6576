namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// An industry benchmark the ops office recorded, kept with the catalog. A benchmark for a
/// whole year ("2026") stands for every period of that year unless one for the exact period exists.
/// </summary>
public sealed record Benchmark(string IndicatorId, string Period, double Value)
{
    public string? Source { get; init; }

    public required string RecordedBy { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public static string IdFor(string indicatorId, string period) => $"benchmark:{indicatorId}:{period}";
}
