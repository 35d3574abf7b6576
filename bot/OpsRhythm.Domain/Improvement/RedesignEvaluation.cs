using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Improvement;

/// <summary>
/// The evaluation step of a redesign (R-2.2, step 4): while it is current, each department concerned assesses
/// the solution (its head, or the ops office recording it for them); the step completes once all have.
/// </summary>
public static class RedesignEvaluation
{
    public const int MinScore = 1;
    public const int MaxScore = 5;

    public static Decision<RedesignProject> Evaluate(RedesignProject project, Person actor, OrganisationProfile organisation, EvaluateRedesign command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(command);
        if (CheckEvaluate(project, actor, organisation, command.DepartmentId) is { } refused)
        {
            return Decision.Reject<RedesignProject>(refused);
        }

        if (project.CurrentStep?.Kind != RedesignStepKind.Evaluation)
        {
            return Decision.Reject<RedesignProject>(Rejection.WrongState);
        }

        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        Score(command.Feasibility, RedesignFields.Feasibility, errors);
        Score(command.Effectiveness, RedesignFields.Effectiveness, errors);
        Score(command.CostBenefit, RedesignFields.CostBenefit, errors);
        var comment = string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim();
        TextLimit.Check(errors, RedesignFields.Comment, comment, ImprovementLimits.ReviewNote);
        if (errors.Count > 0)
        {
            return Decision.Reject<RedesignProject>(Rejection.Invalid(errors));
        }

        var evaluation = new DepartmentEvaluation(command.DepartmentId, actor.Id, command.Feasibility!.Value, command.Effectiveness!.Value, command.CostBenefit!.Value, now) { Comment = comment };

        // A department that assesses again replaces its assessment: the step counts each department once.
        var evaluations = project.Evaluations.Where(e => e.DepartmentId != command.DepartmentId).Append(evaluation).ToList();
        return Decision.Accept(project with { Evaluations = evaluations }, new WorkflowEvent("evaluated")
        {
            Comment = comment,
            Details = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["department"] = command.DepartmentId,
                ["scores"] = $"{evaluation.Feasibility}/{evaluation.Effectiveness}/{evaluation.CostBenefit}",
            },
        });
    }

    /// <summary>Null when <paramref name="actor"/> may assess for <paramref name="departmentId"/>: its head, or the ops office.</summary>
    public static Rejection? CheckEvaluate(RedesignProject project, Person actor, OrganisationProfile organisation, string? departmentId)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(organisation);
        if (departmentId is null || !project.DepartmentIds.Contains(departmentId, StringComparer.Ordinal))
        {
            return Rejection.WrongState;
        }

        return actor.Has(Role.OpsOffice) || organisation.FindDepartment(departmentId)?.HeadPersonId == actor.Id
            ? null
            : Rejection.OtherDepartment(departmentId, Role.DepartmentHead | Role.OpsOffice);
    }

    /// <summary>The departments concerned that have not assessed the solution yet.</summary>
    public static IReadOnlyList<string> Missing(RedesignProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return [.. project.DepartmentIds.Where(d => project.Evaluations.All(e => e.DepartmentId != d))];
    }

    private static void Score(int? value, string field, Dictionary<string, FieldError> errors)
    {
        if (value is not (>= MinScore and <= MaxScore))
        {
            errors[field] = new("Improvement.Validation.Score");
        }
    }
}
