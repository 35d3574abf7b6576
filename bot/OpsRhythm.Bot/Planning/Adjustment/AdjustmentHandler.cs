using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Planning.Adjustment;

/// <summary>
/// plan.adjust: a head asks to adjust an approved annual or quarterly plan. The plan goes
/// back to draft and, if the cycle was published, the cycle reopens for a new round; from there the
/// adjustment takes the same review, consolidation and approval as the original, and the approved
/// version is kept for the diff.
/// </summary>
internal sealed class AdjustmentHandler(PlanWorkflow workflow) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [PlanVerbs.Adjust] = VerbAccess.Department(Role.DepartmentHead, PlanDepartment).WithStandIns(StandInKind.Department),
    };

    private static string? PlanDepartment(CardActionRequest request) => PlanVerbs.ParsePlanEntityId(request.EntityId)?.DepartmentId;

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var loaded = new PlanLoad(workflow, card.Request.EntityId);
        var now = workflow.Clock.UtcNow;
        var reason = Enum.TryParse<AdjustmentReason>(card.Value(PlanFields.Reason), out var r) && Enum.IsDefined(r) ? r : AdjustmentReason.Other;
        var plain = workflow.PlanChange(card, loaded, _ => new RequestAdjustmentCommand(reason, card.Value(PlanFields.Comment), now));
        var change = plain with
        {
            // A published cycle reopens for the new round in the same batch; if it may not, nothing is written.
            Decide = (plan, command) =>
            {
                var decided = plain.Decide(plan, command);
                return decided.Rejection is null && Reopened(card, loaded.Cycle, now).Rejection is { } refused ? Decision.Reject<DepartmentPlan>(refused) : decided;
            },
            Also = _ => loaded.Cycle.State == PlanCycleState.Published && Reopened(card, loaded.Cycle, now).State is { } reopened
                ? [BatchOperation.Replace(PlanCycle.DocumentId, reopened, loaded.Context.Cycle.ETag)]
                : [],
            Messages = made => Requested(card, Reopened(card, loaded.Cycle, now).State ?? loaded.Cycle, made),
            Done = _ => card.Text["Planning.Msg.AdjustmentRequested"],
        };
        return workflow.ChangePlanAsync(card, change, cancellationToken);
    }

    /// <summary>The cycle as the adjustment leaves it: a published cycle reopens, any other stays as it is.</summary>
    private static Decision<PlanCycle> Reopened(CardTurn card, PlanCycle cycle, DateTimeOffset now) =>
        cycle.State == PlanCycleState.Published
            ? PlanCycleMachine.Decide(cycle, PlanWorkflow.Actor(card), new ReopenForAdjustmentCommand(now))
            : Decision.Accept(cycle);

    /// <summary>The ops office is asked to review the adjustment.</summary>
    private static IReadOnlyList<OutboxMessage> Requested(CardTurn card, PlanCycle cycle, ChangeMade<DepartmentPlan> made)
    {
        var adjustment = made.After.Adjustments[^1];
        var department = made.After.DepartmentId;
        var outbox = new PlanOutbox(made.At, $"{cycle.CycleId}:{department}:adjust{made.After.Adjustments.Count}");
        foreach (var ops in card.Organisation.WithRole(Role.OpsOffice))
        {
            outbox.ToPerson(ops, text => PlanMessageCard.Build(
                text.Format("Planning.Notify.AdjustmentRequested", PlanNames.Department(card.Organisation, department, text), PlanNames.Cycle(cycle, text)),
                [text.Format("Planning.Notify.ReasonLine", PlanNames.Of(adjustment.Reason, text))],
                text["Planning.Notify.OpenPlanButton"],
                PlanVerbs.View,
                PlanVerbs.PlanEntityId(cycle.CycleId, department),
                adjustment.Explanation), "ops", PlanFeed.ApprovalRequested(card.Organisation, card.Actor.Id, PlanFeed.DepartmentPlan(card.Organisation, department, cycle)));
        }

        return outbox.MessagesIn(card.Turn.Languages);
    }
}
