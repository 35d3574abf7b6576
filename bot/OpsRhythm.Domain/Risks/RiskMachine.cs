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
        ReassessRisk reassess => Reassess(risk, actor, organisation, reassess),
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

    /// <summary>
    /// A new likelihood and impact, kept in the risk's history with the old ones. Reassessing to the same
    /// ratings is refused beside the fields: "reviewed" is the button for a risk that has not moved.
    /// </summary>
    public static Decision<Risk> Reassess(Risk risk, Person actor, OrganisationProfile organisation, ReassessRisk command)
    {
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(command);
        if (!MayManage(risk, actor, organisation))
        {
            return Decision.Reject<Risk>(Rejection.RoleNotAllowed(RegisterRoles));
        }

        if (risk.Status != RiskStatus.Open)
        {
            return Decision.Reject<Risk>(Rejection.WrongState);
        }

        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        if (!RiskAssessment.IsValidRating(command.Likelihood))
        {
            errors[RiskFields.NewLikelihood] = new("Risks.Validation.Rating");
        }

        if (!RiskAssessment.IsValidRating(command.Impact))
        {
            errors[RiskFields.NewImpact] = new("Risks.Validation.Rating");
        }

        if (errors.Count == 0 && command.Likelihood == risk.Likelihood && command.Impact == risk.Impact)
        {
            errors[RiskFields.NewLikelihood] = new("Risks.Validation.Unchanged");
        }

        var note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        TextLimit.Check(errors, RiskFields.ReassessNote, note, RiskLimits.ReassessNote);
        if (errors.Count > 0)
        {
            return Decision.Reject<Risk>(Rejection.Invalid(errors));
        }

        var entry = new RiskReassessment(command.At, actor.Id, risk.Likelihood, risk.Impact, command.Likelihood, command.Impact) { Note = note };
        var details = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["from"] = $"{risk.Likelihood}x{risk.Impact}",
            ["to"] = $"{command.Likelihood}x{command.Impact}",
        };
        return Decision.Accept(
            risk with { Likelihood = command.Likelihood, Impact = command.Impact, Reassessments = [.. risk.Reassessments, entry] },
            new WorkflowEvent("reassessed") { Comment = note, Details = details });
    }

    /// <summary>
    /// A risk written in an approved plan, entered into its department's register: owned by the department's head
    /// (who wrote the plan), with the plan's assessment and response. An accepted risk is reviewed after
    /// <paramref name="reviewDays"/>; the others by the review job's default interval.
    /// </summary>
    public static Risk FromPlan(RiskOrigin origin, string departmentId, string ownerPersonId, Planning.PlanRisk planned, string approvedBy, DateTimeOffset at, DateOnly today, int reviewDays)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(planned);
        var strategy = Enum.Parse<ResponseStrategy>(planned.Response.ToString());
        return new Risk(origin.RiskId, departmentId, Enum.Parse<RiskCategory>(planned.Category.ToString()), planned.Description, Math.Clamp(planned.Likelihood, RiskAssessment.Min, RiskAssessment.Max), Math.Clamp(planned.Impact, RiskAssessment.Min, RiskAssessment.Max))
        {
            Strategy = strategy,
            OwnerPersonId = ownerPersonId,
            ReviewDate = strategy == ResponseStrategy.Accept ? today.AddDays(reviewDays) : null,
            FromPlan = origin,
            CreatedBy = approvedBy,
            CreatedAt = at,
        };
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
