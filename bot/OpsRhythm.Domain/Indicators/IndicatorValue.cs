namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// An actual value of one indicator for one department and period, stored in the partition
/// "{dept}:{year}". A value that was never entered does not exist: it is missing, never zero.
/// </summary>
public sealed record IndicatorValue(string DepartmentId, string IndicatorId, string Period, double Value)
{
    public required string EnteredBy { get; init; }

    public required DateTimeOffset EnteredAt { get; init; }

    public static string IdFor(string indicatorId, string period) => $"value:{indicatorId}:{period}";

    public static string PartitionFor(string departmentId, int year) => $"{departmentId}:{year}";
}
