using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// Who may do what with indicators: the ops office keeps the catalog, benchmarks and rankings; a
/// department head enters the figures and targets of their own department; the ops office may enter any.
/// </summary>
public static class IndicatorAccess
{
    public const Role FigureRoles = Role.DepartmentHead | Role.OpsOffice;

    /// <summary>The departments <paramref name="actor"/> may enter values and targets for.</summary>
    public static IReadOnlySet<string> DepartmentsFor(Person actor, OrganisationProfile organisation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(organisation);
        if (actor.Has(Role.OpsOffice))
        {
            return organisation.Departments.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        }

        return organisation.Departments.Where(d => d.HeadPersonId == actor.Id).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Null when allowed; otherwise why not.</summary>
    public static Rejection? CheckEnterFigures(Person actor, OrganisationProfile organisation, string departmentId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(Role.OpsOffice) && !actor.Has(Role.DepartmentHead))
        {
            return Rejection.RoleNotAllowed(FigureRoles);
        }

        return DepartmentsFor(actor, organisation).Contains(departmentId) ? null : new Rejection(RejectionReason.NotYourDepartment);
    }

    /// <summary>Catalog edits, benchmarks, inspections and publishing the ranking belong to the ops office.</summary>
    public static Rejection? CheckOpsOffice(Person actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Has(Role.OpsOffice) ? null : Rejection.RoleNotAllowed(Role.OpsOffice);
    }

    /// <summary>Scorecards are for the department's head, the ops office and leadership.</summary>
    public static bool MayView(Person actor, string departmentId, OrganisationProfile organisation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(organisation);
        return actor.Has(Role.OpsOffice) || actor.Has(Role.Leadership) || organisation.FindDepartment(departmentId)?.HeadPersonId == actor.Id
            || actor.DepartmentId == departmentId;
    }
}
