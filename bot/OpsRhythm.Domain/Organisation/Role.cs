namespace OpsRhythm.Domain.Organisation;

/// <summary>The policy's roles. A person may hold several (a department head is also an employee).</summary>
[Flags]
public enum Role
{
    None = 0,

    /// <summary>全體員工: proposes improvements, reads published plans.</summary>
    Employee = 1,

    /// <summary>部門負責人: drafts the department's plans, reports weekly status, owns its risks.</summary>
    DepartmentHead = 2,

    /// <summary>運營管理部門: consolidates, reviews, tracks, runs the weekly meeting and early warning.</summary>
    OpsOffice = 4,

    /// <summary>公司高層 / 管理層: issues guidelines, approves company plans and adjustments.</summary>
    Leadership = 8,

    /// <summary>Maintains the organisation: departments, people, channels, time zone.</summary>
    Administrator = 16,
}
