using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Improvement;

/// <summary>Redesign projects: the ops office starts them; the step's owner or the ops office completes the current step.</summary>
public static class RedesignMachine
{
    public static Decision<RedesignProject> Start(string id, Person actor, StartRedesign command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        var (processName, steps) = (command.ProcessName, command.Steps);
        if (!actor.Has(Role.OpsOffice))
        {
            return Decision.Reject<RedesignProject>(Rejection.RoleNotAllowed(Role.OpsOffice));
        }

        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(processName))
        {
            errors["process"] = new("Improvement.Validation.Required");
        }

        TextLimit.Check(errors, "process", processName?.Trim(), ImprovementLimits.Process);

        if (steps.Select(s => s.Kind).Order().SequenceEqual(Enum.GetValues<RedesignStepKind>()) is false)
        {
            errors["steps"] = new("Improvement.Validation.FiveSteps");
        }

        for (var i = 1; i < steps.Count; i++)
        {
            if (steps[i].Due < steps[i - 1].Due)
            {
                errors[$"due{steps[i].Kind}"] = new("Improvement.Validation.StepOrder");
            }
        }

        return errors.Count > 0
            ? Decision.Reject<RedesignProject>(Rejection.Invalid(errors))
            : Decision.Accept(
                new RedesignProject(id, processName!.Trim(), [.. steps.OrderBy(s => s.Kind)]) { CreatedBy = actor.Id, CreatedAt = now, DepartmentIds = command.DepartmentIds },
                new WorkflowEvent("started"));
    }

    public static Decision<RedesignProject> CompleteStep(RedesignProject project, Person actor, CompleteRedesignStep command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        var note = command.Note;
        if (project.CurrentStep is not { } step || (command.Step is { } clicked && clicked != step.Kind))
        {
            return Decision.Reject<RedesignProject>(Rejection.WrongState);
        }

        if (CheckComplete(project, actor) is { } refused)
        {
            return Decision.Reject<RedesignProject>(refused);
        }

        // The evaluation is the departments' (R-2.2, step 4): it is done once every department concerned has assessed.
        if (step.Kind == RedesignStepKind.Evaluation && RedesignEvaluation.Missing(project) is { Count: > 0 } missing)
        {
            return Decision.Reject<RedesignProject>(Rejection.Invalid(new Dictionary<string, FieldError>(StringComparer.Ordinal)
            {
                [RedesignFields.Note] = new("Improvement.Validation.EvaluationsMissing", missing.Count),
            }));
        }

        if (note?.Trim() is { Length: > ImprovementLimits.ProjectNote })
        {
            return Decision.Reject<RedesignProject>(Rejection.Invalid(new Dictionary<string, FieldError>(StringComparer.Ordinal)
            {
                ["note"] = new(TextLimit.TooLongKey, ImprovementLimits.ProjectNote),
            }));
        }

        var steps = project.Steps.Select(s => s == step ? s with { CompletedAt = now, Note = note?.Trim() } : s).ToList();
        return Decision.Accept(project with { Steps = steps }, new WorkflowEvent("step-completed") { Comment = step.Kind.ToString() });
    }

    /// <summary>Null when <paramref name="actor"/> may complete the project's current step: its owner or the ops office.</summary>
    public static Rejection? CheckComplete(RedesignProject project, Person actor)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Has(Role.OpsOffice) || project.CurrentStep?.OwnerPersonId == actor.Id ? null : Rejection.RoleNotAllowed(Role.OpsOffice);
    }
}
