namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// An inspection or special audit of a department, stored in the improvement container by
/// year. Each finding becomes an <see cref="ImprovementAction"/> written in the same batch.
/// </summary>
public sealed record Inspection(string Id, string DepartmentId, DateOnly Date, InspectionKind Kind, InspectionRating Rating, IReadOnlyList<string> Findings)
{
    public required string InspectorId { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public static string PartitionFor(DateOnly date) => date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
