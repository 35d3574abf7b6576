namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// Record an inspection or special audit of a department: its findings (one improvement action each),
/// with the owner and deadline the actions get. Owner and deadline are null when not given or not valid.
/// </summary>
public sealed record RecordInspection(
    string DepartmentId, DateOnly Date, InspectionKind Kind, InspectionRating Rating, IReadOnlyList<string> Findings, string? OwnerPersonId, DateOnly? Deadline);
