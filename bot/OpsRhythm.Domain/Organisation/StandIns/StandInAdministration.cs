using System.Globalization;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Organisation.StandIns;

/// <summary>
/// Naming and ending stand-ins. A department's deputy is named by its head or the ops office; an
/// approval delegate by the approver or the ops office. The deputy is someone of the organisation other
/// than the principal, for a range that has not ended and is at most <see cref="MaxDays"/> long.
/// </summary>
public static class StandInAdministration
{
    public const int MaxDays = 180;

    public const string SetAction = "standin.set";
    public const string RemovedAction = "standin.removed";

    public static Decision<OrganisationProfile> Decide(OrganisationProfile organisation, Person actor, StandInCommand command)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        if (Forbidden(organisation, actor, command) is { } forbidden)
        {
            return Decision.Reject<OrganisationProfile>(forbidden);
        }

        return command switch
        {
            SetStandIn set => Set(organisation, actor, set),
            RemoveStandIn remove => Remove(organisation, remove),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown stand-in command."),
        };
    }

    /// <summary>Whether the actor may name or end a stand-in for this principal: null when they may.</summary>
    public static Rejection? Forbidden(OrganisationProfile organisation, Person actor, StandInCommand command)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        if (actor.Has(Role.OpsOffice))
        {
            return null;
        }

        return command.Kind == StandInKind.Department
            ? organisation.FindDepartment(command.ForId)?.HeadPersonId == actor.Id && actor.Has(Role.DepartmentHead)
                ? null
                : Rejection.OtherDepartment(command.ForId, Role.DepartmentHead | Role.OpsOffice)
            : command.ForId == actor.Id && (actor.Roles & StandInRules.ApprovalRoles) != Role.None
                ? null
                : Rejection.RoleNotAllowed(Role.OpsOffice);
    }

    /// <summary>The principals the actor may name a stand-in for: the department they head, themselves as an approver; the ops office everyone.</summary>
    public static IReadOnlyList<string> PrincipalsFor(OrganisationProfile organisation, Person actor)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(actor);
        var departments = organisation.Departments.Select(d => StandIn.KeyOf(StandInKind.Department, d.Id));
        var approvers = organisation.People.Where(p => (p.Roles & StandInRules.ApprovalRoles) != Role.None).Select(p => StandIn.KeyOf(StandInKind.Approval, p.Id));
        return [.. departments.Concat(approvers).Where(key => Parse(key) is { } parsed && Forbidden(organisation, actor, new RemoveStandIn(parsed.Kind, parsed.ForId)) is null)];
    }

    /// <summary>Reads a <see cref="StandIn.Key"/>; null when it names no kind.</summary>
    public static (StandInKind Kind, string ForId)? Parse(string? key) => key switch
    {
        ['d', 'e', 'p', 't', ':', .. var id] when id.Length > 0 => (StandInKind.Department, id),
        ['a', 'p', 'p', 'r', 'o', 'v', 'e', 'r', ':', .. var id] when id.Length > 0 => (StandInKind.Approval, id),
        _ => null,
    };

    private static Decision<OrganisationProfile> Set(OrganisationProfile organisation, Person actor, SetStandIn command)
    {
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var principal = command.Kind == StandInKind.Department ? organisation.FindDepartment(command.ForId)?.HeadPersonId : command.ForId;
        var known = command.Kind == StandInKind.Department
            ? organisation.FindDepartment(command.ForId) is not null
            : organisation.FindPerson(command.ForId) is { } approver && (approver.Roles & StandInRules.ApprovalRoles) != Role.None;
        if (!known)
        {
            errors[StandInFields.For] = new FieldError("Organisation.Error.NoSuchPerson", command.ForId);
        }

        if (organisation.FindPerson(command.DeputyId) is null)
        {
            errors[StandInFields.Deputy] = new FieldError("Organisation.Error.NoSuchPerson", command.DeputyId);
        }
        else if (command.DeputyId == principal)
        {
            errors[StandInFields.Deputy] = new FieldError("StandIn.Error.SelfDeputy");
        }

        if (command.Until < command.From)
        {
            errors[StandInFields.Until] = new FieldError("StandIn.Error.UntilBeforeFrom");
        }
        else if (command.Until < command.Today)
        {
            errors[StandInFields.Until] = new FieldError("StandIn.Error.Ended");
        }
        else if (command.Until.DayNumber - command.From.DayNumber + 1 > MaxDays)
        {
            errors[StandInFields.Until] = new FieldError("StandIn.Error.TooLong", MaxDays);
        }

        if (errors.Count > 0)
        {
            return Decision.Reject<OrganisationProfile>(Rejection.Invalid(errors));
        }

        var standIn = new StandIn(command.Kind, command.ForId, command.DeputyId, command.From, command.Until) { SetBy = actor.Id, SetAt = command.At };
        var details = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = standIn.Key,
            ["deputy"] = command.DeputyId,
            ["from"] = command.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["until"] = command.Until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (principal is not null)
        {
            details["for"] = principal;
        }

        return Decision.Accept(
            organisation with { StandIns = [.. organisation.StandIns.Where(s => s.Key != standIn.Key), standIn] },
            new WorkflowEvent(SetAction) { Details = details });
    }

    private static Decision<OrganisationProfile> Remove(OrganisationProfile organisation, RemoveStandIn command)
    {
        var key = StandIn.KeyOf(command.Kind, command.ForId);
        if (organisation.StandIns.All(s => s.Key != key))
        {
            return Decision.Reject<OrganisationProfile>(Rejection.WrongState);
        }

        return Decision.Accept(
            organisation with { StandIns = [.. organisation.StandIns.Where(s => s.Key != key)] },
            new WorkflowEvent(RemovedAction) { Details = new Dictionary<string, string>(StringComparer.Ordinal) { ["id"] = key } });
    }
}
