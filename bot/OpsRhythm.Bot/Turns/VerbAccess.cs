using OpsRhythm.Bot.Organisation;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Turns;

/// <summary>
/// Who may use a card verb, declared where the verb is registered and checked by the dispatcher before
/// the handler runs (so before any read, stale check or form): the roles that may click it at all, and,
/// for a verb that shows or changes one department's data, where the click names that department. The
/// department must be one the actor may see in detail, with the dashboard's scope: the ops office and
/// leadership every department, a head their own (<see cref="DepartmentScope"/>). A verb declared
/// <see cref="WithStandIns"/> also lets the stand-ins active on the turn's day act (<see cref="StandInRules"/>).
/// </summary>
internal sealed class VerbAccess
{
    private VerbAccess(Role mayAct, Func<CardActionRequest, string?>? departmentOf, bool membersMaySee, IReadOnlyCollection<StandInKind>? standIns = null)
    {
        MayAct = mayAct;
        DepartmentOf = departmentOf;
        MembersMaySee = membersMaySee;
        StandIns = standIns ?? [];
    }

    /// <summary>Any one of these roles may click the verb.</summary>
    public Role MayAct { get; }

    /// <summary>Reads the department the click reaches; null for a verb about no single department.</summary>
    public Func<CardActionRequest, string?>? DepartmentOf { get; }

    /// <summary>The department's own members may see it too (the scorecard, as the policy shares it with the department).</summary>
    public bool MembersMaySee { get; }

    /// <summary>The stand-ins who count as the role they stand in for: a department's deputy as its head, an approval delegate as the approver.</summary>
    public IReadOnlyCollection<StandInKind> StandIns { get; }

    /// <summary>A verb about the organisation as a whole or the actor's own items (a company plan, a form, a suggestion): only the role is checked.</summary>
    public static VerbAccess Company(Role mayAct) => new(mayAct, null, false);

    /// <summary>A verb that shows or changes one department's data, named by the click; a click naming none is left to the handler, which then shows only the actor's own scope.</summary>
    public static VerbAccess Department(Role mayAct, Func<CardActionRequest, string?> departmentOf)
    {
        return new(mayAct, departmentOf, false);
    }

    /// <summary>As <see cref="Department"/>, and the department's members may see it as well.</summary>
    public static VerbAccess DepartmentAndMembers(Role mayAct, Func<CardActionRequest, string?> departmentOf)
    {
        return new(mayAct, departmentOf, true);
    }

    /// <summary>The same rule, letting these stand-ins act as whom they stand for while their range covers the day.</summary>
    public VerbAccess WithStandIns(params StandInKind[] kinds) => new(MayAct, DepartmentOf, MembersMaySee, kinds);

    /// <summary>Null when the actor may use the verb on what the click names on <paramref name="today"/> (the organisation's day); otherwise why not.</summary>
    public Rejection? Check(Person actor, OrganisationProfile organisation, CardActionRequest request, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(organisation);
        var roles = today is { } day && StandIns.Count > 0 ? StandInRules.RolesOn(organisation, actor, day, StandIns) : actor.Roles;
        var named = DepartmentOf?.Invoke(request);
        var deputy = today is { } date && named is not null && StandIns.Contains(StandInKind.Department) ? StandInRules.DeputyOf(organisation, named, date) : null;
        if ((roles & MayAct) == Role.None)
        {
            // The refusal names who may act today: with the role, the department's deputy or the approvers' delegates.
            return Rejection.RoleNotAllowed(MayAct) with
            {
                StandInIds = deputy is not null ? [deputy.Id]
                    : today is { } on && StandIns.Contains(StandInKind.Approval) ? StandInRules.DelegatesFor(organisation, MayAct, on) : [],
            };
        }

        if (named is not { } departmentId)
        {
            return null;
        }

        if (organisation.FindDepartment(departmentId) is null)
        {
            return new Rejection(RejectionReason.NotFound);
        }

        var maySee = DepartmentScope.For(actor, organisation).MaySee(departmentId)
            || (MembersMaySee && string.Equals(actor.DepartmentId, departmentId, StringComparison.Ordinal))
            || deputy?.Id == actor.Id;
        return maySee ? null : Rejection.OtherDepartment(departmentId, MayAct) with { StandInIds = deputy is null ? [] : [deputy.Id] };
    }
}
