using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Meetings.Minutes;

/// <summary>
/// The action item's workflow: the operations office records, reassigns and reschedules; the owner or the
/// operations office closes with a note; the daily job reminds before the deadline and escalates once overdue.
/// </summary>
public static class ActionItemMachine
{
    public const Role RecordRoles = Role.OpsOffice;

    public static Rejection? MayRecord(Person actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Has(Role.OpsOffice) ? null : Rejection.RoleNotAllowed(RecordRoles);
    }

    /// <summary>The owner or the operations office; null when <paramref name="actor"/> may close.</summary>
    public static Rejection? MayClose(ActionItem item, Person actor)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Id == item.OwnerPersonId || actor.Has(Role.OpsOffice) ? null : Rejection.RoleNotAllowed(Role.OpsOffice);
    }

    public static Decision<ActionItem> Record(
        MeetingOccurrenceRef occurrence, string id, Person actor, OrganisationProfile organisation, RecordActionItem command, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(command);
        if (MayRecord(actor) is { } refused)
        {
            return Decision.Reject<ActionItem>(refused);
        }

        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var text = command.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            errors[ActionItemFields.Text] = new("Minutes.Validation.Required");
        }

        TextLimit.Check(errors, ActionItemFields.Text, text, ActionItemLimits.Text);
        var owner = organisation.FindPerson(command.OwnerPersonId ?? string.Empty);
        if (owner is null)
        {
            errors[ActionItemFields.Owner] = new("Minutes.Validation.Owner");
        }

        CheckDeadline(errors, command.Deadline, today);
        var department = command.Link is { Kind: ActionItemLinkKind.Department } link ? organisation.FindDepartment(link.Id) : null;
        if (command.Link is { Kind: ActionItemLinkKind.Department } && department is null)
        {
            errors[ActionItemFields.Department] = new("Minutes.Validation.Department");
        }

        if (errors.Count > 0)
        {
            return Decision.Reject<ActionItem>(Rejection.Invalid(errors));
        }

        var item = new ActionItem(id, occurrence.MeetingId, occurrence.Date, text, owner!.Id, command.Deadline)
        {
            Kind = occurrence.Kind,
            DepartmentId = department?.Id ?? owner.DepartmentId,
            Link = command.Link,
            CreatedBy = actor.Id,
            CreatedAt = now,
        };
        return Decision.Accept(item, new WorkflowEvent("recorded") { Comment = text });
    }

    public static Decision<ActionItem> Close(ActionItem item, Person actor, CloseActionItem command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (MayClose(item, actor) is { } refused)
        {
            return Decision.Reject<ActionItem>(refused);
        }

        if (item.State != ActionItemState.Open)
        {
            return Decision.Reject<ActionItem>(Rejection.WrongState);
        }

        var note = command.Note?.Trim() ?? string.Empty;
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        if (note.Length == 0)
        {
            errors[ActionItemFields.Note] = new("Minutes.Validation.NoteRequired");
        }

        TextLimit.Check(errors, ActionItemFields.Note, note, ActionItemLimits.Note);
        if (errors.Count > 0)
        {
            return Decision.Reject<ActionItem>(Rejection.Invalid(errors));
        }

        return Decision.Accept(
            item with { State = ActionItemState.Closed, ClosingNote = note, ClosedBy = actor.Id, ClosedAt = now },
            new WorkflowEvent("closed") { Comment = note });
    }

    public static Decision<ActionItem> Reassign(ActionItem item, Person actor, OrganisationProfile organisation, ReassignActionItem command)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(command);
        if (MayRecord(actor) is { } refused)
        {
            return Decision.Reject<ActionItem>(refused);
        }

        if (item.State != ActionItemState.Open)
        {
            return Decision.Reject<ActionItem>(Rejection.WrongState);
        }

        if (organisation.FindPerson(command.OwnerPersonId ?? string.Empty) is not { } owner)
        {
            return Decision.Reject<ActionItem>(Rejection.Invalid(new Dictionary<string, FieldError>(StringComparer.Ordinal)
            {
                [ActionItemFields.Owner] = new("Minutes.Validation.Owner"),
            }));
        }

        var keepsDepartment = item.Link is { Kind: ActionItemLinkKind.Department };
        return Decision.Accept(
            item with { OwnerPersonId = owner.Id, DepartmentId = keepsDepartment ? item.DepartmentId : owner.DepartmentId, RemindedOn = null },
            new WorkflowEvent("reassigned") { Comment = owner.Id });
    }

    public static Decision<ActionItem> Reschedule(ActionItem item, Person actor, RescheduleActionItem command, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(command);
        if (MayRecord(actor) is { } refused)
        {
            return Decision.Reject<ActionItem>(refused);
        }

        if (item.State != ActionItemState.Open)
        {
            return Decision.Reject<ActionItem>(Rejection.WrongState);
        }

        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        CheckDeadline(errors, command.Deadline, today);
        if (errors.Count > 0)
        {
            return Decision.Reject<ActionItem>(Rejection.Invalid(errors));
        }

        // A new deadline is followed up afresh: reminded before it and escalated again if missed.
        return Decision.Accept(
            item with { Deadline = command.Deadline, RemindedOn = null, EscalatedOn = null },
            new WorkflowEvent("rescheduled") { Comment = command.Deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
    }

    /// <summary>Reminders start <paramref name="remindDaysBefore"/> days ahead, once a day; past the deadline it escalates once.</summary>
    public static FollowUp Due(ActionItem item, DateOnly today, int remindDaysBefore)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.State != ActionItemState.Open)
        {
            return FollowUp.Nothing;
        }

        if (today > item.Deadline)
        {
            return item.EscalatedOn is null ? FollowUp.Escalate : FollowUp.Nothing;
        }

        return today >= item.Deadline.AddDays(-remindDaysBefore) && item.RemindedOn != today ? FollowUp.RemindOwner : FollowUp.Nothing;
    }

    /// <summary>A decision's text is required and bounded; only the operations office records.</summary>
    public static Decision<MeetingDecision> RecordDecision(
        MeetingOccurrenceRef occurrence, string id, Person actor, OrganisationProfile organisation, RecordDecision command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(command);
        if (MayRecord(actor) is { } refused)
        {
            return Decision.Reject<MeetingDecision>(refused);
        }

        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var text = command.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            errors[ActionItemFields.Decision] = new("Minutes.Validation.Required");
        }

        TextLimit.Check(errors, ActionItemFields.Decision, text, ActionItemLimits.Decision);
        if (command.DepartmentId is { } department && organisation.FindDepartment(department) is null)
        {
            errors[ActionItemFields.Department] = new("Minutes.Validation.Department");
        }

        if (errors.Count > 0)
        {
            return Decision.Reject<MeetingDecision>(Rejection.Invalid(errors));
        }

        var decision = new MeetingDecision(id, occurrence.MeetingId, occurrence.Date, text)
        {
            Kind = occurrence.Kind,
            DepartmentId = command.DepartmentId,
            RecordedBy = actor.Id,
            RecordedAt = now,
        };
        return Decision.Accept(decision, new WorkflowEvent("decision-recorded") { Comment = text });
    }

    private static void CheckDeadline(Dictionary<string, FieldError> errors, DateOnly deadline, DateOnly today)
    {
        if (deadline < today)
        {
            errors[ActionItemFields.Deadline] = new("Minutes.Validation.DeadlinePast");
        }
        else if (deadline > today.AddDays(ActionItemLimits.MaxDaysAhead))
        {
            errors[ActionItemFields.Deadline] = new("Minutes.Validation.DeadlineFar", ActionItemLimits.MaxDaysAhead);
        }
    }
}
