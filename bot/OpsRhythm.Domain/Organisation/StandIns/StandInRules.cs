namespace OpsRhythm.Domain.Organisation.StandIns;

/// <summary>
/// Who may act for whom, the one place every access rule asks: a department's deputy stands for its
/// head on the department's plan, an approval delegate for an approver on company plans, each only on
/// the days of its range (the organisation's days). Someone acting as themselves never needs it.
/// </summary>
public static class StandInRules
{
    /// <summary>The roles an approval delegate borrows from the approver: only what approves plans.</summary>
    public const Role ApprovalRoles = Role.OpsOffice | Role.Leadership;

    /// <summary>The department's active deputy on <paramref name="day"/>, if any.</summary>
    public static Person? DeputyOf(OrganisationProfile organisation, string departmentId, DateOnly day) =>
        Active(organisation, StandInKind.Department, departmentId, day) is { } standIn ? organisation?.FindPerson(standIn.DeputyId) : null;

    /// <summary>The approver's active delegate on <paramref name="day"/>, if any.</summary>
    public static Person? DelegateOf(OrganisationProfile organisation, string approverId, DateOnly day) =>
        Active(organisation, StandInKind.Approval, approverId, day) is { } standIn ? organisation?.FindPerson(standIn.DeputyId) : null;

    /// <summary>The department <paramref name="personId"/> stands in for on <paramref name="day"/> (the first, should there be several).</summary>
    public static string? DepartmentDeputisedBy(OrganisationProfile organisation, string personId, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return organisation.StandIns
            .FirstOrDefault(s => s.Kind == StandInKind.Department && s.DeputyId == personId && s.ActiveOn(day) && organisation.FindDepartment(s.ForId) is not null)?.ForId;
    }

    /// <summary>The approver whose approval <paramref name="personId"/> gives on <paramref name="day"/>, if any.</summary>
    public static Person? ApproverDelegating(OrganisationProfile organisation, string personId, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return organisation.StandIns
            .Where(s => s.Kind == StandInKind.Approval && s.DeputyId == personId && s.ActiveOn(day))
            .Select(s => organisation.FindPerson(s.ForId))
            .FirstOrDefault(p => p is not null && (p.Roles & ApprovalRoles) != Role.None);
    }

    /// <summary>Whether the person acts as the department's head on that day: its head, or its active deputy.</summary>
    public static bool ActsForHeadOf(OrganisationProfile organisation, Person person, string departmentId, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(person);
        return (person.Has(Role.DepartmentHead) && organisation.FindDepartment(departmentId)?.HeadPersonId == person.Id)
            || DeputyOf(organisation, departmentId, day)?.Id == person.Id;
    }

    /// <summary>
    /// The roles the person holds on that day for <paramref name="kinds"/>: their own, plus the department
    /// head's role as a deputy and an approver's approving roles as a delegate.
    /// </summary>
    public static Role RolesOn(OrganisationProfile organisation, Person person, DateOnly day, IReadOnlyCollection<StandInKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(kinds);
        var roles = person.Roles;
        if (kinds.Contains(StandInKind.Department) && DepartmentDeputisedBy(organisation, person.Id, day) is not null)
        {
            roles |= Role.DepartmentHead;
        }

        if (kinds.Contains(StandInKind.Approval) && ApproverDelegating(organisation, person.Id, day) is { } approver)
        {
            roles |= approver.Roles & ApprovalRoles;
        }

        return roles;
    }

    /// <summary>The active delegates of everyone holding one of <paramref name="roles"/>: named in a refusal beside the role.</summary>
    public static IReadOnlyList<string> DelegatesFor(OrganisationProfile organisation, Role roles, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return [.. organisation.StandIns
            .Where(s => s.Kind == StandInKind.Approval && s.ActiveOn(day)
                && organisation.FindPerson(s.ForId) is { } approver && (approver.Roles & roles & ApprovalRoles) != Role.None)
            .Select(s => s.DeputyId)
            .Distinct(StringComparer.Ordinal)];
    }

    private static StandIn? Active(OrganisationProfile organisation, StandInKind kind, string forId, DateOnly day) =>
        organisation?.StandIns.FirstOrDefault(s => s.Kind == kind && s.ForId == forId && s.ActiveOn(day));
}
