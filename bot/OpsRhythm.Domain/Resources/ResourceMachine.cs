using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Resources;

/// <summary>
/// Entering a month's actual resources: the department's head (or its deputy, stand-ins) for their own department,
/// the ops office for any.
/// The entry is accepted with "entered", plus "over-budget" / "over-headcount" when it pushes the month over the
/// plan (it was not over before, or there was no entry): that is the moment the ops office and the department are told.
/// </summary>
public static class ResourceMachine
{
    public const Role EnterRoles = Role.DepartmentHead | Role.OpsOffice;

    public const string Entered = "entered";
    public const string OverBudget = "over-budget";
    public const string OverHeadcount = "over-headcount";

    /// <summary>
    /// Null when the actor may enter for the department on <paramref name="today"/> (the organisation's day): the ops
    /// office for any, its head, or its deputy while their stand-in range covers the day (<see cref="StandInRules"/>).
    /// </summary>
    public static Rejection? CheckEnter(Person actor, OrganisationProfile organisation, string? departmentId, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(organisation);
        if (actor.Has(Role.OpsOffice)
            || (departmentId is not null && StandInRules.ActsForHeadOf(organisation, actor, departmentId, today)))
        {
            return null;
        }

        if (!actor.Has(Role.DepartmentHead))
        {
            return Rejection.RoleNotAllowed(EnterRoles);
        }

        return departmentId is null ? null : Rejection.OtherDepartment(departmentId, EnterRoles);
    }

    /// <summary>The month as entered; <paramref name="current"/> is null for its first entry.</summary>
    public static Decision<ResourceMonth> Enter(ResourceMonth? current, Person actor, OrganisationProfile organisation, EnterResourceActuals command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (CheckEnter(actor, organisation, command.DepartmentId, command.Today) is { } refused)
        {
            return Decision.Reject<ResourceMonth>(refused);
        }

        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var month = new DateOnly(command.Year, command.Month, 1);
        var thisMonth = new DateOnly(command.Today.Year, command.Today.Month, 1);
        if (month > thisMonth || month < thisMonth.AddMonths(-ResourceLimits.MonthsBack))
        {
            errors[ResourceFields.Month] = new FieldError("Resources.Validation.Month", ResourceLimits.MonthsBack);
        }

        if (command.Budget is < 0 or > ResourceLimits.Budget)
        {
            errors[ResourceFields.Budget] = new FieldError("Resources.Validation.Budget", ResourceLimits.Budget);
        }

        if (command.Headcount is < 0 or > ResourceLimits.Headcount)
        {
            errors[ResourceFields.Headcount] = new FieldError("Resources.Validation.Headcount", ResourceLimits.Headcount);
        }

        TextLimit.Check(errors, ResourceFields.Note, command.Note, ResourceLimits.Note);
        if (errors.Count > 0)
        {
            return Decision.Reject<ResourceMonth>(Rejection.Invalid(errors));
        }

        var entered = (current ?? new ResourceMonth(command.DepartmentId, command.Year, command.Month)) with
        {
            Budget = command.Budget,
            Headcount = command.Headcount,
            Note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(),
            Plan = command.Plan,
            EnteredBy = actor.Id,
            EnteredAt = command.At,
            Entries = (current?.Entries ?? 0) + 1,
        };
        var events = new List<WorkflowEvent> { new(Entered) { Comment = entered.Note } };
        if (entered.OverBudget && current?.OverBudget != true)
        {
            events.Add(new WorkflowEvent(OverBudget));
        }

        if (entered.OverHeadcount && current?.OverHeadcount != true)
        {
            events.Add(new WorkflowEvent(OverHeadcount));
        }

        // A deputy enters in their own name for the head they stand in for (代理人): the audit says for whom.
        var head = organisation.FindDepartment(command.DepartmentId)?.HeadPersonId;
        var forHead = actor.Has(Role.OpsOffice) || head is null || head == actor.Id ? null : head;
        return Decision.Accept(entered, [.. events.Select(e => e with { OnBehalfOf = forHead })]);
    }
}
