namespace OpsRhythm.Domain.Indicators;

/// <summary>Plan an inspection of a department: when, by whom, and every how many months it repeats (0 = once). Null where the card's value was not valid.</summary>
public sealed record ScheduleInspection(string DepartmentId, InspectionKind Kind, DateOnly? Date, string? InspectorPersonId, int RepeatMonths);
