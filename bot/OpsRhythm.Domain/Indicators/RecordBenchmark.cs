namespace OpsRhythm.Domain.Indicators;

/// <summary>The ops office records (or replaces) the industry benchmark of an indicator for a period.</summary>
public sealed record RecordBenchmark(string IndicatorId, Period Period, double Value, string? Source);
