namespace OpsRhythm.Domain.Resources;

/// <summary>
/// The actual spending and headcount of a department for a month, as its head enters them, with the plan's
/// figures at that moment (read from the approved plans) and the organisation's today (which months are open).
/// </summary>
public sealed record EnterResourceActuals(string DepartmentId, int Year, int Month, decimal Budget, int Headcount, string? Note, ResourcePlan Plan, DateOnly Today, DateTimeOffset At);
