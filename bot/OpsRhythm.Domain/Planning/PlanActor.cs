using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Domain.Planning;

/// <summary>Who acts, as the planning rules see them: the person, their roles, and the department they head.</summary>
public sealed record PlanActor(string PersonId, Role Roles, string? HeadOfDepartmentId)
{
    public bool Has(Role role) => (Roles & role) != Role.None;

    public bool Heads(string departmentId) =>
        (Roles & Role.DepartmentHead) != Role.None && string.Equals(HeadOfDepartmentId, departmentId, StringComparison.Ordinal);

    /// <summary>The person id under which the scheduler acts (cycles opened at period end), in audit events and on the cycle.</summary>
    public const string SystemId = "system";

    /// <summary>
    /// The scheduler opening a cycle of this kind: it holds exactly the roles that may open it, so the
    /// cycle's rules are the same whoever opens it, and it is recorded as <see cref="SystemId"/>.
    /// </summary>
    public static PlanActor Scheduler(PlanKind kind) => new(SystemId, PlanningRules.AllowedRoles(PlanAction.OpenCycle, kind), null);

    public static PlanActor From(Person person, OrganisationProfile organisation)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(organisation);
        return new PlanActor(person.Id, person.Roles, organisation.DepartmentHeadedBy(person.Id)?.Id);
    }
}
