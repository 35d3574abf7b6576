using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Indicators;

/// <summary>
/// Evaluation results feed improvement (R-3.5, 改进措施制定: 针对评估中发现的问题，制定相应的改进措施，明确责任人和时间节点):
/// for an indicator whose target was missed, the department's head or the ops office opens an improvement action
/// with an owner and a deadline, followed up like an inspection's until it is closed.
/// </summary>
public static class EvaluationActions
{
    public const Role OpenRoles = Role.DepartmentHead | Role.OpsOffice;

    /// <summary>Null when <paramref name="actor"/> may open actions for the department: its head or the ops office.</summary>
    public static Rejection? MayOpen(Person actor, OrganisationProfile organisation, string departmentId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(organisation);
        if (actor.Has(Role.OpsOffice) || organisation.FindDepartment(departmentId)?.HeadPersonId == actor.Id)
        {
            return null;
        }

        return actor.Has(Role.DepartmentHead) ? Rejection.OtherDepartment(departmentId, OpenRoles) : Rejection.RoleNotAllowed(OpenRoles);
    }

    /// <summary>The evaluations an action may answer: measured and below target.</summary>
    public static IReadOnlyList<IndicatorEvaluation> Missed(DepartmentScorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        return [.. scorecard.Evaluations.Where(e => e.Status == EvaluationStatus.TargetMissed)];
    }

    public static Decision<ImprovementAction> Decide(
        Person actor, OrganisationProfile organisation, OpenEvaluationAction command, IReadOnlyList<IndicatorEvaluation> missed, string id, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(missed);
        if (MayOpen(actor, organisation, command.DepartmentId) is { } refused)
        {
            return Decision.Reject<ImprovementAction>(refused);
        }

        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var evaluation = missed.FirstOrDefault(e => e.Indicator.Id == command.IndicatorId && e.Period.ToString() == command.Period);
        if (evaluation is null)
        {
            errors[IndicatorFields.Indicator] = new("Indicators.Evaluation.NotMissed");
        }

        var finding = command.Finding?.Trim();
        if (string.IsNullOrEmpty(finding))
        {
            errors[IndicatorFields.Findings] = new("Indicators.Validation.Required");
        }

        TextLimit.Check(errors, IndicatorFields.Findings, finding, IndicatorLimits.ActionNote);
        InspectionRecording.CheckFollowUp(errors, 1, command.OwnerPersonId is { } o && organisation.FindPerson(o) is not null ? o : null, command.Deadline, today);
        if (errors.Count > 0)
        {
            return Decision.Reject<ImprovementAction>(Rejection.Invalid(errors));
        }

        var action = new ImprovementAction(id, command.DepartmentId, finding!, command.OwnerPersonId!, command.Deadline!.Value) { EvaluationOf = $"{evaluation!.Indicator.Id}:{evaluation.Period}" };
        return Decision.Accept(action, new WorkflowEvent("opened")
        {
            Details = new Dictionary<string, string>(StringComparer.Ordinal) { ["evaluation"] = action.EvaluationOf, ["owner"] = action.OwnerPersonId },
        });
    }
}
