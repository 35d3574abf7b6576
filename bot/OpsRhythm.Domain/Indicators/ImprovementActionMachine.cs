using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Indicators;

/// <summary>The improvement action's workflow: close with a note; remind before the deadline; escalate once when overdue.</summary>
public static class ImprovementActionMachine
{
    public const Role CloseRoles = Role.DepartmentHead | Role.OpsOffice;

    /// <summary>The action's owner, their department's head or the ops office may close it; null when <paramref name="actor"/> may.</summary>
    public static Rejection? MayClose(ImprovementAction action, Person actor, OrganisationProfile organisation)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(organisation);
        var isHead = organisation.FindDepartment(action.DepartmentId)?.HeadPersonId == actor.Id;
        return actor.Id == action.OwnerPersonId || isHead || actor.Has(Role.OpsOffice) ? null : Rejection.RoleNotAllowed(CloseRoles);
    }

    public static Decision<ImprovementAction> Close(ImprovementAction action, Person actor, OrganisationProfile organisation, CloseImprovementAction command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (MayClose(action, actor, organisation) is { } refused)
        {
            return Decision.Reject<ImprovementAction>(refused);
        }

        if (action.State != ImprovementActionState.Open)
        {
            return Decision.Reject<ImprovementAction>(Rejection.WrongState);
        }

        var note = command.Note;
        if (string.IsNullOrWhiteSpace(note))
        {
            return Decision.Reject<ImprovementAction>(Rejection.Invalid(new Dictionary<string, FieldError>
            {
                [IndicatorFields.Note] = new("Indicators.Validation.NoteRequired"),
            }));
        }

        if (note.Trim().Length > IndicatorLimits.ActionNote)
        {
            return Decision.Reject<ImprovementAction>(Rejection.Invalid(new Dictionary<string, FieldError>
            {
                [IndicatorFields.Note] = new(TextLimit.TooLongKey, IndicatorLimits.ActionNote),
            }));
        }

        return Decision.Accept(
            action with { State = ImprovementActionState.Closed, ClosingNote = note.Trim(), ClosedBy = actor.Id, ClosedAt = now },
            new WorkflowEvent("closed") { Comment = note.Trim() });
    }

    /// <summary>Reminders start <paramref name="remindDaysBefore"/> days ahead; past the deadline it escalates once.</summary>
    public static FollowUp Due(ImprovementAction action, DateOnly today, int remindDaysBefore)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.State != ImprovementActionState.Open)
        {
            return FollowUp.Nothing;
        }

        if (today > action.Deadline)
        {
            return action.EscalatedOn is null ? FollowUp.Escalate : FollowUp.Nothing;
        }

        return today >= action.Deadline.AddDays(-remindDaysBefore) && action.RemindedOn != today ? FollowUp.RemindOwner : FollowUp.Nothing;
    }
}
