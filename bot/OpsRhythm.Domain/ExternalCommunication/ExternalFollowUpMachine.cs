using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.ExternalCommunication;

/// <summary>
/// The follow-up's rules: a department's own people (who talk to its customers and partners), its
/// head and the ops office record them; the owner, the head or the ops office marks one done or moves it.
/// </summary>
public static class ExternalFollowUpMachine
{
    public const Role RecordRoles = Role.Employee | Role.DepartmentHead | Role.OpsOffice;

    /// <summary>Who besides the owner may mark done or move a follow-up.</summary>
    public const Role ManageRoles = Role.DepartmentHead | Role.OpsOffice;

    /// <summary>Null when <paramref name="actor"/> may record for <paramref name="departmentId"/>: the ops office for any department, others for their own or the one they head.</summary>
    public static Rejection? CheckRecord(Person actor, OrganisationProfile organisation, string departmentId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(organisation);
        if ((actor.Roles & RecordRoles) == Role.None)
        {
            return Rejection.RoleNotAllowed(RecordRoles);
        }

        var own = actor.DepartmentId == departmentId || organisation.FindDepartment(departmentId)?.HeadPersonId == actor.Id;
        return own || actor.Has(Role.OpsOffice) ? null : Rejection.OtherDepartment(departmentId, RecordRoles);
    }

    /// <summary>The departments <paramref name="actor"/> may record for (the form's choices).</summary>
    public static IReadOnlySet<string> DepartmentsFor(Person actor, OrganisationProfile organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return organisation.Departments.Where(d => CheckRecord(actor, organisation, d.Id) is null).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
    }

    public static Decision<ExternalFollowUp> Record(Person actor, OrganisationProfile organisation, RecordExternalFollowUp command, string id, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (CheckRecord(actor, organisation, command.DepartmentId) is { } refused)
        {
            return Decision.Reject<ExternalFollowUp>(refused);
        }

        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        Check(errors, command, organisation, today);
        if (errors.Count > 0)
        {
            return Decision.Reject<ExternalFollowUp>(Rejection.Invalid(errors));
        }

        var followUp = new ExternalFollowUp(id, command.DepartmentId, command.Kind, command.Counterpart!.Trim(), command.Note?.Trim() ?? "", command.OwnerPersonId!, command.Date!.Value)
        {
            RecordedBy = actor.Id,
            RecordedAt = now,
        };
        return Decision.Accept(followUp, new WorkflowEvent("recorded")
        {
            Details = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["kind"] = command.Kind.ToString(),
                ["counterpart"] = followUp.Counterpart,
                ["owner"] = followUp.OwnerPersonId,
                ["date"] = followUp.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            },
        });
    }

    /// <summary>The field errors of a record command; also used while reading the card, so every error shows at once.</summary>
    public static void Check(Dictionary<string, FieldError> errors, RecordExternalFollowUp command, OrganisationProfile organisation, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(organisation);
        if (string.IsNullOrWhiteSpace(command.Counterpart))
        {
            errors.TryAdd(ExternalCommunicationFields.Counterpart, new("ExternalCommunication.Validation.Required"));
        }

        TextLimit.Check(errors, ExternalCommunicationFields.Counterpart, command.Counterpart?.Trim(), ExternalCommunicationLimits.Counterpart);
        TextLimit.Check(errors, ExternalCommunicationFields.Note, command.Note?.Trim(), ExternalCommunicationLimits.Note);
        if (command.OwnerPersonId is not { } owner || organisation.FindPerson(owner) is null)
        {
            errors.TryAdd(ExternalCommunicationFields.Owner, new("ExternalCommunication.Validation.Required"));
        }

        if (command.Date is not { } date || date < today)
        {
            errors.TryAdd(ExternalCommunicationFields.Date, new("ExternalCommunication.Validation.DateFromToday"));
        }
    }

    /// <summary>The owner, the department's head or the ops office may act on a follow-up; null when <paramref name="actor"/> may.</summary>
    public static Rejection? MayManage(ExternalFollowUp followUp, Person actor, OrganisationProfile organisation)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(organisation);
        var isHead = organisation.FindDepartment(followUp.DepartmentId)?.HeadPersonId == actor.Id;
        return actor.Id == followUp.OwnerPersonId || isHead || actor.Has(Role.OpsOffice) ? null : Rejection.OtherDepartment(followUp.DepartmentId, ManageRoles);
    }

    public static Decision<ExternalFollowUp> Complete(ExternalFollowUp followUp, Person actor, OrganisationProfile organisation, CompleteExternalFollowUp command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (MayManage(followUp, actor, organisation) is { } refused)
        {
            return Decision.Reject<ExternalFollowUp>(refused);
        }

        if (followUp.State != ExternalFollowUpState.Open)
        {
            return Decision.Reject<ExternalFollowUp>(Rejection.WrongState);
        }

        var outcome = command.Outcome?.Trim();
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(outcome))
        {
            errors[ExternalCommunicationFields.Outcome] = new("ExternalCommunication.Validation.Required");
        }

        TextLimit.Check(errors, ExternalCommunicationFields.Outcome, outcome, ExternalCommunicationLimits.Outcome);
        if (errors.Count > 0)
        {
            return Decision.Reject<ExternalFollowUp>(Rejection.Invalid(errors));
        }

        return Decision.Accept(
            followUp with { State = ExternalFollowUpState.Done, Outcome = outcome, DoneBy = actor.Id, DoneAt = now },
            new WorkflowEvent("done") { Comment = outcome });
    }

    /// <summary>Moves an open follow-up to a date not in the past; its reminders are owed again for the new date.</summary>
    public static Decision<ExternalFollowUp> Reschedule(ExternalFollowUp followUp, Person actor, OrganisationProfile organisation, RescheduleExternalFollowUp command, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (MayManage(followUp, actor, organisation) is { } refused)
        {
            return Decision.Reject<ExternalFollowUp>(refused);
        }

        if (followUp.State != ExternalFollowUpState.Open)
        {
            return Decision.Reject<ExternalFollowUp>(Rejection.WrongState);
        }

        if (command.Date is not { } date || date < today)
        {
            return Decision.Reject<ExternalFollowUp>(Rejection.Invalid(new Dictionary<string, FieldError>(StringComparer.Ordinal)
            {
                [ExternalCommunicationFields.NewDate] = new("ExternalCommunication.Validation.DateFromToday"),
            }));
        }

        return Decision.Accept(
            followUp with { Date = date },
            new WorkflowEvent("rescheduled")
            {
                Details = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["from"] = followUp.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["to"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                },
            });
    }
}
