using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;

namespace OpsRhythm.Domain.Planning;

/// <summary>
/// Who acts, as the planning rules see them: the person, their roles, the department they head and, on
/// the days a stand-in is active (<see cref="StandInRules"/>), the department they stand in for as its
/// deputy and the approver whose approval they give.
/// </summary>
public sealed record PlanActor(string PersonId, Role Roles, string? HeadOfDepartmentId)
{
    /// <summary>The department whose plan this person drafts, submits and updates as its deputy (代理人).</summary>
    public string? DeputyOfDepartmentId { get; init; }

    /// <summary>The head the deputy acts for.</summary>
    public string? DeputyForHeadId { get; init; }

    /// <summary>The approver this person approves for as their delegate.</summary>
    public string? ApprovesForId { get; init; }

    /// <summary>The approving roles borrowed from <see cref="ApprovesForId"/>: they count for approving and sending back only.</summary>
    public Role ApprovalRoles { get; init; }

    public bool Has(Role role) => (Roles & role) != Role.None;

    /// <summary>Whether the person acts as the department's head: its head, or its deputy while the stand-in is active.</summary>
    public bool Heads(string departmentId) =>
        (Roles & Role.DepartmentHead) != Role.None
        && (string.Equals(HeadOfDepartmentId, departmentId, StringComparison.Ordinal) || string.Equals(DeputyOfDepartmentId, departmentId, StringComparison.Ordinal));

    /// <summary>The department whose plan is this person's to draft: the one they head, else the one they stand in for.</summary>
    public string? OwnDepartmentId => HeadOfDepartmentId ?? DeputyOfDepartmentId;

    /// <summary>
    /// Whom the person acts for when taking <paramref name="action"/> (on <paramref name="departmentId"/>'s
    /// plan): the head when they act as its deputy, the approver when only the delegation lets them approve;
    /// null when they act as themselves.
    /// </summary>
    public string? OnBehalfOf(PlanAction action, PlanKind kind, string? departmentId)
    {
        if (PlanningRules.IsDepartmentAction(action))
        {
            return departmentId is not null && !string.Equals(HeadOfDepartmentId, departmentId, StringComparison.Ordinal)
                && string.Equals(DeputyOfDepartmentId, departmentId, StringComparison.Ordinal) ? DeputyForHeadId : null;
        }

        return action is PlanAction.Approve or PlanAction.SendBack && !Has(PlanningRules.Approvers(kind))
            && (ApprovalRoles & PlanningRules.Approvers(kind)) != Role.None ? ApprovesForId : null;
    }

    /// <summary>The person id under which the scheduler acts (cycles opened at period end), in audit events and on the cycle.</summary>
    public const string SystemId = "system";

    /// <summary>
    /// The scheduler opening a cycle of this kind: it holds exactly the roles that may open it, so the
    /// cycle's rules are the same whoever opens it, and it is recorded as <see cref="SystemId"/>.
    /// </summary>
    public static PlanActor Scheduler(PlanKind kind) => new(SystemId, PlanningRules.AllowedRoles(PlanAction.OpenCycle, kind), null);

    /// <summary>The person as themselves only (no stand-in): for who an approval card is drawn for.</summary>
    public static PlanActor From(Person person, OrganisationProfile organisation) => From(person, organisation, null);

    /// <summary>The person on the organisation's day <paramref name="today"/>, with the stand-ins active that day.</summary>
    public static PlanActor From(Person person, OrganisationProfile organisation, DateOnly? today)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(organisation);
        var actor = new PlanActor(person.Id, person.Roles, organisation.DepartmentHeadedBy(person.Id)?.Id);
        if (today is not { } day)
        {
            return actor;
        }

        if (StandInRules.DepartmentDeputisedBy(organisation, person.Id, day) is { } department && department != actor.HeadOfDepartmentId)
        {
            actor = actor with
            {
                Roles = actor.Roles | Role.DepartmentHead,
                DeputyOfDepartmentId = department,
                DeputyForHeadId = organisation.FindDepartment(department)?.HeadPersonId,
            };
        }

        if (StandInRules.ApproverDelegating(organisation, person.Id, day) is { } approver)
        {
            actor = actor with { ApprovesForId = approver.Id, ApprovalRoles = approver.Roles & StandInRules.ApprovalRoles };
        }

        return actor;
    }
}
