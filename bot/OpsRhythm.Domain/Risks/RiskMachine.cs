using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Risks;

/// <summary>
/// The risk's workflow. A department head registers risks of their own department, the ops office
/// of any; the owner, the head or the ops office reviews and closes it.
/// </summary>
public static class RiskMachine
{
    public const Role RegisterRoles = Role.DepartmentHead | Role.OpsOffice;

    public static Rejection? CheckRegister(Person actor, OrganisationProfile organisation, string? departmentId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(organisation);
        if (actor.Has(Role.OpsOffice))
        {
            return null;
        }

        if (!actor.Has(Role.DepartmentHead))
        {
            return Rejection.RoleNotAllowed(RegisterRoles);
        }

        return departmentId is null || organisation.FindDepartment(departmentId)?.HeadPersonId == actor.Id
            ? null
            : new Rejection(RejectionReason.NotYourDepartment);
    }

    public static Decision<Risk> Register(Risk risk, Person actor, OrganisationProfile organisation)
    {
        ArgumentNullException.ThrowIfNull(risk);
        var rejection = CheckRegister(actor, organisation, risk.DepartmentId);
        return rejection is null
            ? Decision.Accept(risk, new WorkflowEvent("registered"))
            : Decision.Reject<Risk>(rejection);
    }

    /// <summary>A command on an open risk, by its owner, its department's head or the ops office.</summary>
    public static Decision<Risk> Decide(Risk risk, Person actor, OrganisationProfile organisation, RiskCommand command) => command switch
    {
        ReviewRisk review => Review(risk, actor, organisation, review.NextReview),
        CloseRisk close => Close(risk, actor, organisation, close.Note),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Not a risk command."),
    };

    /// <summary>
    /// The alert is acknowledged by someone who may manage its risk; acknowledging twice (a second person,
    /// a Teams retry) keeps the first acknowledgement.
    /// </summary>
    public static Decision<RiskAlert> Acknowledge(RiskAlert alert, Risk risk, Person actor, OrganisationProfile organisation, AcknowledgeAlert command)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(command);
        if (CheckManage(risk, actor, organisation) is { } refused)
        {
            return Decision.Reject<RiskAlert>(refused);
        }

        return alert.AcknowledgedBy is null
            ? Decision.Accept(alert with { AcknowledgedBy = actor.Id, AcknowledgedAt = command.At }, new WorkflowEvent("acknowledged"))
            : Decision.Reject<RiskAlert>(Rejection.WrongState);
    }

    public static Decision<Risk> Close(Risk risk, Person actor, OrganisationProfile organisation, string? note)
    {
        ArgumentNullException.ThrowIfNull(risk);
        if (!MayManage(risk, actor, organisation))
        {
            return Decision.Reject<Risk>(Rejection.RoleNotAllowed(RegisterRoles));
        }

        if (note is { Length: > RiskLimits.Note })
        {
            return Decision.Reject<Risk>(Rejection.Invalid(new Dictionary<string, FieldError> { [RiskFields.Note] = new(TextLimit.TooLongKey, RiskLimits.Note) }));
        }

        return risk.Status == RiskStatus.Open
            ? Decision.Accept(risk with { Status = RiskStatus.Closed }, new WorkflowEvent("closed") { Comment = note })
            : Decision.Reject<Risk>(Rejection.WrongState);
    }

    /// <summary>The owner confirms the risk was reviewed: the next review is due <paramref name="nextReview"/>.</summary>
    public static Decision<Risk> Review(Risk risk, Person actor, OrganisationProfile organisation, DateOnly nextReview)
    {
        ArgumentNullException.ThrowIfNull(risk);
        if (!MayManage(risk, actor, organisation))
        {
            return Decision.Reject<Risk>(Rejection.RoleNotAllowed(RegisterRoles));
        }

        return risk.Status == RiskStatus.Open
            ? Decision.Accept(risk with { ReviewDate = nextReview }, new WorkflowEvent("reviewed"))
            : Decision.Reject<Risk>(Rejection.WrongState);
    }

    /// <summary>Null when <paramref name="actor"/> may manage the risk, else the refusal naming who may.</summary>
    public static Rejection? CheckManage(Risk risk, Person actor, OrganisationProfile organisation) =>
        MayManage(risk, actor, organisation) ? null : Rejection.RoleNotAllowed(RegisterRoles);

    /// <summary>The owner, the department's head and the ops office may manage a risk.</summary>
    public static bool MayManage(Risk risk, Person actor, OrganisationProfile organisation)
    {
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(organisation);
        return actor.Id == risk.OwnerPersonId
            || actor.Has(Role.OpsOffice)
            || organisation.FindDepartment(risk.DepartmentId)?.HeadPersonId == actor.Id;
    }
}
