namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// A planned on-site inspection or special audit of a department (R-3.3, 运营管理部门定期对各部门的工作现场进行实地检查),
/// stored in the improvement container by the year of its date. A regular one repeats every
/// <see cref="RepeatMonths"/> months: when its day comes the next one of the series is planned.
/// </summary>
public sealed record ScheduledInspection(string Id, string DepartmentId, InspectionKind Kind, DateOnly Date, string InspectorPersonId, int RepeatMonths)
{
    public ScheduledInspectionState State { get; init; } = ScheduledInspectionState.Planned;

    public required string ScheduledBy { get; init; }

    public required DateTimeOffset ScheduledAt { get; init; }

    /// <summary>The first inspection's id: every repetition carries it, so the next one's id is known and created once.</summary>
    public required string SeriesId { get; init; }

    /// <summary>The series' first day: repetitions count from it, so a series begun on the 30th keeps the 30th after a short month.</summary>
    public DateOnly? SeriesStart { get; init; }

    public static string PartitionFor(DateOnly date) => date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The id of the series' inspection on <paramref name="date"/>: year first (the partition), so a point read finds it.</summary>
    public static string IdFor(string seriesId, DateOnly date) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date:yyyy}-plan-{seriesId}-{date:MMdd}");
}
