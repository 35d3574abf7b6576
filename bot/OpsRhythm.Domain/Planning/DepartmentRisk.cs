namespace OpsRhythm.Domain.Planning;

/// <summary>A risk of the company plan, with the department that raised it.</summary>
public sealed record DepartmentRisk(string DepartmentId, PlanRisk Risk);
