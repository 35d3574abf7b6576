using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Planning;

/// <summary>
/// A department plan's workflow: NotStarted → Draft → Submitted → Accepted, Submitted/Accepted →
/// Returned (with the ops office's comment) → Draft → Submitted again; Accepted → Draft when the head
/// asks to adjust an approved plan. Only the department's own head drafts, submits and adjusts.
/// </summary>
public static class DepartmentPlanMachine
{
    public static Decision<DepartmentPlan> Decide(DepartmentPlan plan, PlanCycle cycle, PlanActor actor, DepartmentPlanCommand command)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(actor);
        var decision = command switch
        {
            SaveDraftCommand c => SaveDraft(plan, cycle, actor, c),
            SubmitPlanCommand c => Submit(plan, cycle, actor, c),
            ReturnPlanCommand c => Return(plan, cycle, actor, c),
            AcceptPlanCommand c => Accept(plan, cycle, actor, c),
            RequestAdjustmentCommand c => RequestAdjustment(plan, cycle, actor, c),
            UpdateTaskCommand c => UpdateTask(plan, cycle, actor, c),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command?.GetType().Name, "Unknown plan command."),
        };
        return OnBehalfOf(plan, decision, actor.OnBehalfOf(ActionOf(command), cycle.Kind, plan.DepartmentId));
    }

    private static PlanAction ActionOf(DepartmentPlanCommand command) => command switch
    {
        SaveDraftCommand => PlanAction.EditDraft,
        SubmitPlanCommand => PlanAction.Submit,
        ReturnPlanCommand => PlanAction.Return,
        AcceptPlanCommand => PlanAction.Accept,
        RequestAdjustmentCommand => PlanAction.RequestAdjustment,
        _ => PlanAction.UpdateTask,
    };

    /// <summary>A deputy's change records whom it was made for: on each audit entry and on the version it kept.</summary>
    private static Decision<DepartmentPlan> OnBehalfOf(DepartmentPlan before, Decision<DepartmentPlan> decision, string? principal)
    {
        if (principal is null || decision.State is not { } after)
        {
            return decision;
        }

        var history = after.History.Count > before.History.Count
            ? [.. after.History.Take(after.History.Count - 1), after.History[^1] with { OnBehalfOf = principal }]
            : after.History;
        return Decision.Accept(after with { History = history }, [.. decision.Events.Select(e => e with { OnBehalfOf = principal })]);
    }

    /// <summary>Stamps the approval on a plan when its cycle is approved, so a later adjustment diffs against it.</summary>
    public static DepartmentPlan MarkApproved(DepartmentPlan plan, string approverId, DateTimeOffset at, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan with
        {
            ApprovedRevision = plan.Revision,
            History = [.. plan.History, new PlanRevision(plan.Revision, PlanEvents.Approved, approverId, at, plan.Content) { Comment = comment }],
        };
    }

    private static Decision<DepartmentPlan> SaveDraft(DepartmentPlan plan, PlanCycle cycle, PlanActor actor, SaveDraftCommand command)
    {
        if (Check(plan, cycle, actor, PlanAction.EditDraft, DepartmentPlanState.NotStarted, DepartmentPlanState.Draft, DepartmentPlanState.Returned) is { } rejected)
        {
            return rejected;
        }

        var errors = PlanValidator.ValidateDraft(command.Content, cycle.Period, command.MemberIds);
        if (errors.Count > 0)
        {
            return Decision.Reject<DepartmentPlan>(Rejection.Invalid(errors));
        }

        var drafted = plan with { State = DepartmentPlanState.Draft, Content = command.Content, UpdatedBy = actor.PersonId, UpdatedAt = command.At };
        return Decision.Accept(drafted, new WorkflowEvent(PlanEvents.Drafted));
    }

    private static Decision<DepartmentPlan> Submit(DepartmentPlan plan, PlanCycle cycle, PlanActor actor, SubmitPlanCommand command)
    {
        // A plan nobody has started is submitted empty: say what is missing rather than "not in this state".
        if (Check(plan, cycle, actor, PlanAction.Submit, DepartmentPlanState.NotStarted, DepartmentPlanState.Draft, DepartmentPlanState.Returned) is { } rejected)
        {
            return rejected;
        }

        var errors = PlanValidator.ValidateForSubmit(plan.Content, cycle.Period, command.MemberIds);
        if (errors.Count > 0)
        {
            return Decision.Reject<DepartmentPlan>(Rejection.Invalid(errors));
        }

        if (plan.State == DepartmentPlanState.NotStarted)
        {
            return Decision.Reject<DepartmentPlan>(Rejection.WrongState);
        }

        var revision = plan.Revision + 1;
        var submitted = plan with
        {
            State = DepartmentPlanState.Submitted,
            Revision = revision,
            History = [.. plan.History, new PlanRevision(revision, PlanEvents.Submitted, actor.PersonId, command.At, plan.Content)],
            UpdatedBy = actor.PersonId,
            UpdatedAt = command.At,
        };
        return Decision.Accept(submitted, new WorkflowEvent(PlanEvents.Submitted) { Details = Revision(revision) });
    }

    private static Decision<DepartmentPlan> Return(DepartmentPlan plan, PlanCycle cycle, PlanActor actor, ReturnPlanCommand command)
    {
        if (Check(plan, cycle, actor, PlanAction.Return, DepartmentPlanState.Submitted, DepartmentPlanState.Accepted) is { } rejected)
        {
            return rejected;
        }

        var errors = PlanValidator.ValidateComment(command.Comment, required: true);
        if (errors.Count > 0)
        {
            return Decision.Reject<DepartmentPlan>(Rejection.Invalid(errors));
        }

        var comment = command.Comment!.Trim();
        var returned = plan with
        {
            State = DepartmentPlanState.Returned,
            ReturnComment = comment,
            History = [.. plan.History, new PlanRevision(plan.Revision, PlanEvents.Returned, actor.PersonId, command.At, plan.Content) { Comment = comment }],
            UpdatedBy = actor.PersonId,
            UpdatedAt = command.At,
        };
        return Decision.Accept(returned, new WorkflowEvent(PlanEvents.Returned) { Comment = comment, Details = Revision(plan.Revision) });
    }

    private static Decision<DepartmentPlan> Accept(DepartmentPlan plan, PlanCycle cycle, PlanActor actor, AcceptPlanCommand command)
    {
        if (Check(plan, cycle, actor, PlanAction.Accept, DepartmentPlanState.Submitted) is { } rejected)
        {
            return rejected;
        }

        var accepted = plan with
        {
            State = DepartmentPlanState.Accepted,
            ReturnComment = null,
            History = [.. plan.History, new PlanRevision(plan.Revision, PlanEvents.Accepted, actor.PersonId, command.At, plan.Content)],
            UpdatedBy = actor.PersonId,
            UpdatedAt = command.At,
        };
        return Decision.Accept(accepted, new WorkflowEvent(PlanEvents.Accepted) { Details = Revision(plan.Revision) });
    }

    private static Decision<DepartmentPlan> RequestAdjustment(DepartmentPlan plan, PlanCycle cycle, PlanActor actor, RequestAdjustmentCommand command)
    {
        if (Forbidden(plan, actor, PlanAction.RequestAdjustment, cycle.Kind) is { } forbidden)
        {
            return Decision.Reject<DepartmentPlan>(forbidden);
        }

        // A published cycle is reopened by this request; a cycle already reopened by another department's adjustment takes this one into the same round.
        var joinsRound = cycle.Round > 0 && PlanCycleMachine.AcceptsPlanChanges(cycle.State);
        if (!PlanningRules.AllowsAdjustment(cycle.Kind) || plan.State != DepartmentPlanState.Accepted
            || plan.ApprovedRevision is null || (cycle.State != PlanCycleState.Published && !joinsRound))
        {
            return Decision.Reject<DepartmentPlan>(Rejection.WrongState);
        }

        var errors = PlanValidator.ValidateComment(command.Explanation, required: true);
        if (errors.Count > 0)
        {
            return Decision.Reject<DepartmentPlan>(Rejection.Invalid(errors));
        }

        var round = joinsRound ? cycle.Round : cycle.Round + 1;
        var adjustment = new PlanAdjustment(round, command.Reason, command.Explanation!.Trim(), actor.PersonId, command.At) { FromRevision = plan.ApprovedRevision.Value };
        var reopened = plan with
        {
            State = DepartmentPlanState.Draft,
            Adjustments = [.. plan.Adjustments, adjustment],
            UpdatedBy = actor.PersonId,
            UpdatedAt = command.At,
        };
        return Decision.Accept(reopened, new WorkflowEvent(PlanEvents.AdjustmentRequested)
        {
            Comment = adjustment.Explanation,
            Details = new Dictionary<string, string>(StringComparer.Ordinal) { ["reason"] = command.Reason.ToString() },
        });
    }

    private static Decision<DepartmentPlan> UpdateTask(DepartmentPlan plan, PlanCycle cycle, PlanActor actor, UpdateTaskCommand command)
    {
        // The task's owner (责任人) reports on their own task; the head (or deputy) on every task of the plan.
        var index = plan.Content.Tasks.ToList().FindIndex(t => t.Id == command.TaskId);
        var ownsTask = index >= 0 && string.Equals(plan.Content.Tasks[index].OwnerPersonId, actor.PersonId, StringComparison.Ordinal);
        if (!ownsTask && Forbidden(plan, actor, PlanAction.UpdateTask, cycle.Kind) is { } forbidden)
        {
            // Someone else's task: the refusal names the department's head (and deputy) and the task's owner.
            return Decision.Reject<DepartmentPlan>(index < 0 ? forbidden
                : forbidden with { DepartmentId = plan.DepartmentId, AllowedRoles = Organisation.Role.DepartmentHead, OwnerId = plan.Content.Tasks[index].OwnerPersonId });
        }

        if (cycle.State != PlanCycleState.Published || index < 0)
        {
            return Decision.Reject<DepartmentPlan>(index < 0 ? new Rejection(RejectionReason.NotFound) : Rejection.WrongState);
        }

        if (command.ProgressPercent is < 0 or > 100)
        {
            return Decision.Reject<DepartmentPlan>(Rejection.Invalid(new Dictionary<string, FieldError>
            {
                [PlanFields.Progress] = new("Planning.Error.OutOfRange", 0, 100),
            }));
        }

        var note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        if (note?.Length > PlanLimits.ProgressNote)
        {
            return Decision.Reject<DepartmentPlan>(Rejection.Invalid(new Dictionary<string, FieldError>
            {
                [PlanFields.ProgressNote] = new(TextLimit.TooLongKey, PlanLimits.ProgressNote),
            }));
        }

        var progress = command.Status == PlanTaskStatus.Done ? 100 : command.ProgressPercent;
        var tasks = plan.Content.Tasks.ToArray();
        tasks[index] = tasks[index] with { Status = command.Status, ProgressPercent = progress, ProgressBy = actor.PersonId, ProgressAt = command.At, ProgressNote = note ?? tasks[index].ProgressNote };
        var updated = plan with { Content = plan.Content with { Tasks = tasks }, UpdatedBy = actor.PersonId, UpdatedAt = command.At };
        return Decision.Accept(updated, new WorkflowEvent(PlanEvents.TaskUpdated)
        {
            Details = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["task"] = command.TaskId,
                ["status"] = command.Status.ToString(),
                ["progress"] = progress.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        });
    }

    private static Decision<DepartmentPlan>? Check(DepartmentPlan plan, PlanCycle cycle, PlanActor actor, PlanAction action, params DepartmentPlanState[] states)
    {
        if (Forbidden(plan, actor, action, cycle.Kind) is { } forbidden)
        {
            return Decision.Reject<DepartmentPlan>(forbidden);
        }

        return PlanCycleMachine.AcceptsPlanChanges(cycle.State) && states.Contains(plan.State)
            ? null
            : Decision.Reject<DepartmentPlan>(Rejection.WrongState);
    }

    private static Rejection? Forbidden(DepartmentPlan plan, PlanActor actor, PlanAction action, PlanKind kind)
    {
        if (PlanCycleMachine.Forbidden(actor, action, kind) is { } forbidden)
        {
            return forbidden;
        }

        return PlanningRules.IsDepartmentAction(action) && !actor.Heads(plan.DepartmentId)
            ? Rejection.OtherDepartment(plan.DepartmentId, Organisation.Role.DepartmentHead)
            : null;
    }

    private static Dictionary<string, string> Revision(int revision) => new(StringComparer.Ordinal)
    {
        ["revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
