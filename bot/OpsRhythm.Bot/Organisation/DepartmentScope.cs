using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Bot.Organisation;

/// <summary>
/// What a person may see in detail, on the dashboard and through every card verb that names a department (tasks, weekly reports, indicators, risks, alerts): the ops office and
/// leadership every department, a department head their own. Everyone sees the company summary (each
/// department's plan state, completion and whether its weekly status is in).
/// </summary>
internal sealed record DepartmentScope(bool WholeCompany, IReadOnlyList<string> DetailDepartments)
{
    public static DepartmentScope For(Person viewer, OrganisationProfile organisation)
    {
        if (viewer.Has(Role.OpsOffice) || viewer.Has(Role.Leadership))
        {
            return new DepartmentScope(true, [.. organisation.Departments.Select(d => d.Id)]);
        }

        return new DepartmentScope(false, [.. organisation.Departments.Where(d => d.HeadPersonId == viewer.Id).Select(d => d.Id)]);
    }

    public bool MaySee(string departmentId) => DetailDepartments.Contains(departmentId, StringComparer.Ordinal);

    /// <summary>The departments shown in detail for a filter: the one asked for, else all the viewer may see.</summary>
    public IReadOnlyList<string> Shown(string? departmentFilter) =>
        departmentFilter is null ? DetailDepartments : MaySee(departmentFilter) ? [departmentFilter] : [];

    public string ScopeKey => WholeCompany ? "Dashboard.Scope.Company" : DetailDepartments.Count > 0 ? "Dashboard.Scope.Department" : "Dashboard.Scope.Summary";
}
