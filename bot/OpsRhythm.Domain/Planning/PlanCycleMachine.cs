using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Domain.Planning;

/// <summary>
/// The cycle's workflow: Open → Consolidating → AwaitingApproval → Approved → Published, with
/// AwaitingApproval → ReturnedToOps when the approvers send the draft back, and Published → Open
/// again (next round) when a department asks to adjust an approved annual or quarterly plan.
/// </summary>
public static class PlanCycleMachine
{
    public static Decision<PlanCycle> Decide(PlanCycle? cycle, PlanActor actor, PlanCycleCommand command)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        if (command is OpenCycleCommand open)
        {
            return Open(cycle, actor, open);
        }

        if (cycle is null)
        {
            return Decision.Reject<PlanCycle>(new Rejection(RejectionReason.NotFound));
        }

        return command switch
        {
            ConsolidateCommand c => Consolidate(cycle, actor, c),
            RequestApprovalCommand c => RequestApproval(cycle, actor, c),
            ApproveCommand c => Approve(cycle, actor, c),
            SendBackCommand c => SendBack(cycle, actor, c),
            PublishCommand c => Publish(cycle, actor, c),
            ReopenForAdjustmentCommand => Reopen(cycle, actor),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown cycle command."),
        };
    }

    /// <summary>Heads may still change plans, and the ops office return them, until the draft goes to the approvers.</summary>
    public static bool AcceptsPlanChanges(PlanCycleState state) =>
        state is PlanCycleState.Open or PlanCycleState.Consolidating or PlanCycleState.ReturnedToOps;

    private static Decision<PlanCycle> Open(PlanCycle? existing, PlanActor actor, OpenCycleCommand command)
    {
        if (Forbidden(actor, PlanAction.OpenCycle, command.Period.Kind) is { } forbidden)
        {
            return Decision.Reject<PlanCycle>(forbidden);
        }

        if (existing is not null)
        {
            return Decision.Reject<PlanCycle>(Rejection.WrongState);
        }

        var errors = PlanValidator.ValidateOpening(command);
        if (errors.Count > 0)
        {
            return Decision.Reject<PlanCycle>(Rejection.Invalid(errors));
        }

        var cycle = new PlanCycle(PlanCycle.IdFor(command.Period), command.Period, PlanCycleState.Open)
        {
            Guidelines = string.IsNullOrWhiteSpace(command.Guidelines) ? null : command.Guidelines.Trim(),
            DueDate = command.DueDate,
            DepartmentIds = command.DepartmentIds,
            OpenedBy = actor.PersonId,
            OpenedAt = command.At,
        };
        return Decision.Accept(cycle, new WorkflowEvent(PlanEvents.Opened));
    }

    private static Decision<PlanCycle> Consolidate(PlanCycle cycle, PlanActor actor, ConsolidateCommand command) =>
        Check(cycle, actor, PlanAction.Consolidate, PlanCycleState.Open, PlanCycleState.ReturnedToOps)
        ?? PendingPlans(cycle, command.Plans)
        ?? Decision.Accept(cycle with { State = PlanCycleState.Consolidating }, new WorkflowEvent(PlanEvents.Consolidated));

    private static Decision<PlanCycle> RequestApproval(PlanCycle cycle, PlanActor actor, RequestApprovalCommand command) =>
        Check(cycle, actor, PlanAction.RequestApproval, PlanCycleState.Consolidating)
        ?? PendingPlans(cycle, command.Plans)
        ?? Decision.Accept(cycle with { State = PlanCycleState.AwaitingApproval, ApprovalRequests = cycle.ApprovalRequests + 1 }, new WorkflowEvent(PlanEvents.ApprovalRequested));

    private static Decision<PlanCycle> Approve(PlanCycle cycle, PlanActor actor, ApproveCommand command) =>
        Check(cycle, actor, PlanAction.Approve, PlanCycleState.AwaitingApproval)
        ?? CommentErrors(command.Comment, required: false)
        ?? Decision.Accept(
            cycle with { State = PlanCycleState.Approved, DecisionComment = Trimmed(command.Comment), DecidedBy = actor.PersonId, DecidedFor = For(actor, PlanAction.Approve, cycle), DecidedAt = command.At },
            new WorkflowEvent(PlanEvents.Approved) { Comment = Trimmed(command.Comment), OnBehalfOf = For(actor, PlanAction.Approve, cycle) });

    private static Decision<PlanCycle> SendBack(PlanCycle cycle, PlanActor actor, SendBackCommand command) =>
        Check(cycle, actor, PlanAction.SendBack, PlanCycleState.AwaitingApproval)
        ?? CommentErrors(command.Comment, required: true)
        ?? Decision.Accept(
            cycle with { State = PlanCycleState.ReturnedToOps, DecisionComment = Trimmed(command.Comment), DecidedBy = actor.PersonId, DecidedFor = For(actor, PlanAction.SendBack, cycle), DecidedAt = command.At },
            new WorkflowEvent(PlanEvents.SentBack) { Comment = Trimmed(command.Comment), OnBehalfOf = For(actor, PlanAction.SendBack, cycle) });

    /// <summary>The approver a delegate decides for (recorded on the cycle and in the audit), null for an approver themselves.</summary>
    private static string? For(PlanActor actor, PlanAction action, PlanCycle cycle) => actor.OnBehalfOf(action, cycle.Kind, null);

    private static Decision<PlanCycle> Publish(PlanCycle cycle, PlanActor actor, PublishCommand command) =>
        Check(cycle, actor, PlanAction.Publish, PlanCycleState.Approved)
        ?? Decision.Accept(cycle with { State = PlanCycleState.Published, PublishedAt = command.At, PublishedBy = actor.PersonId }, new WorkflowEvent(PlanEvents.Published));

    private static Decision<PlanCycle> Reopen(PlanCycle cycle, PlanActor actor)
    {
        if (Check(cycle, actor, PlanAction.RequestAdjustment, PlanCycleState.Published) is { } rejected)
        {
            return rejected;
        }

        if (!PlanningRules.AllowsAdjustment(cycle.Kind))
        {
            return Decision.Reject<PlanCycle>(Rejection.WrongState);
        }

        var reopened = cycle with { State = PlanCycleState.Open, Round = cycle.Round + 1, DecisionComment = null, DecidedBy = null, DecidedFor = null, DecidedAt = null };
        return Decision.Accept(reopened, new WorkflowEvent(PlanEvents.AdjustmentOpened) { Details = RoundDetails(reopened.Round) });
    }

    private static Decision<PlanCycle>? Check(PlanCycle cycle, PlanActor actor, PlanAction action, params PlanCycleState[] states)
    {
        if (Forbidden(actor, action, cycle.Kind) is { } forbidden)
        {
            return Decision.Reject<PlanCycle>(forbidden);
        }

        return states.Contains(cycle.State) ? null : Decision.Reject<PlanCycle>(Rejection.WrongState);
    }

    private static Decision<PlanCycle>? PendingPlans(PlanCycle cycle, IReadOnlyList<DepartmentPlan> plans)
    {
        var pending = cycle.DepartmentIds
            .Where(id => !plans.Any(p => p.DepartmentId == id && p.State == DepartmentPlanState.Accepted))
            .ToList();
        return pending.Count == 0
            ? null
            : Decision.Reject<PlanCycle>(Rejection.Invalid(new Dictionary<string, FieldError>
            {
                [PlanFields.Period] = new("Planning.Error.PlansNotAccepted", pending.Count, string.Join(",", pending)),
            }));
    }

    private static Decision<PlanCycle>? CommentErrors(string? comment, bool required)
    {
        var errors = PlanValidator.ValidateComment(comment, required);
        return errors.Count == 0 ? null : Decision.Reject<PlanCycle>(Rejection.Invalid(errors));
    }

    internal static Rejection? Forbidden(PlanActor actor, PlanAction action, PlanKind kind)
    {
        var allowed = PlanningRules.AllowedRoles(action, kind);
        return PlanningRules.May(actor, action, kind) ? null : Rejection.RoleNotAllowed(allowed);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Dictionary<string, string> RoundDetails(int round) => new(StringComparer.Ordinal)
    {
        ["round"] = round.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
