namespace OpsRhythm.Domain.Indicators;

/// <summary>The target of one indicator for one department and period (partition "{dept}:{year}").</summary>
public sealed record IndicatorTarget(string DepartmentId, string IndicatorId, string Period, double Value)
{
    public required string SetBy { get; init; }

    public required DateTimeOffset SetAt { get; init; }

    public static string IdFor(string indicatorId, string period) => $"target:{indicatorId}:{period}";
}
