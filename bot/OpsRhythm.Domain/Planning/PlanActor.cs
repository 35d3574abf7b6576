using OpsRhythm.Domain.Organisation;

namespace OpsRhythm.Domain.Planning;

/// <summary>Who acts, as the planning rules see them: the person, their roles, and the department they head.</summary>
public sealed record PlanActor(string PersonId, Role Roles, string? HeadOfDepartmentId)
{
    public bool Has(Role role) => (Roles & role) != Role.None;

    public bool Heads(string departmentId) =>
        (Roles & Role.DepartmentHead) != Role.None && string.Equals(HeadOfDepartmentId, departmentId, StringComparison.Ordinal);

    public static PlanActor From(Person person, OrganisationProfile organisation)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(organisation);
        return new PlanActor(person.Id, person.Roles, organisation.DepartmentHeadedBy(person.Id)?.Id);
    }
}
