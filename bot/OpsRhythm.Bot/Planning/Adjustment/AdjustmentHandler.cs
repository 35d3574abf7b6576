using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Planning.Adjustment;

/// <summary>
/// plan.adjust: a head asks to adjust an approved annual or quarterly plan. The plan goes
/// back to draft and, if the cycle was published, the cycle reopens for a new round; from there the
/// adjustment takes the same review, consolidation and approval as the original, and the approved
/// version is kept for the diff.
/// </summary>
public sealed class AdjustmentHandler(PlanWorkflow workflow) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [PlanVerbs.Adjust] = VerbAccess.Department(Role.DepartmentHead, PlanDepartment),
    };

    private static string? PlanDepartment(CardActionRequest request) => PlanVerbs.ParsePlanEntityId(request.EntityId)?.DepartmentId;

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var (turn, request) = (card.Turn, card.Request);
        if (await workflow.LoadPlanAsync(request.EntityId, cancellationToken) is not { } context)
        {
            return CardAnswers.NotFound(turn);
        }

        if (context.IsStale(request.Version))
        {
            return await workflow.CurrentPlanAsync(turn, context, cancellationToken);
        }

        var now = workflow.Clock.UtcNow;
        var actor = PlanWorkflow.Actor(turn);
        var reason = Enum.TryParse<AdjustmentReason>(request.Value(PlanFields.Reason), out var r) && Enum.IsDefined(r) ? r : AdjustmentReason.Other;
        var decision = DepartmentPlanMachine.Decide(context.Plan.Value, context.Cycle.Value, actor, new RequestAdjustmentCommand(reason, request.Value(PlanFields.Comment), now));
        if (decision.Rejection is { } rejection)
        {
            return CardAnswers.Refusal(turn, rejection) ?? await workflow.ShowPlanAsync(turn, context, null, rejection, cancellationToken);
        }

        var also = new List<BatchOperation>();
        var cycle = context.Cycle.Value;
        if (cycle.State == PlanCycleState.Published)
        {
            var reopened = PlanCycleMachine.Decide(cycle, actor, new ReopenForAdjustmentCommand(now));
            if (reopened.Rejection is { } refused)
            {
                return CardAnswers.Refusal(turn, refused) ?? await workflow.ShowPlanAsync(turn, context, null, refused, cancellationToken);
            }

            cycle = reopened.State!;
            also.Add(BatchOperation.Replace(PlanCycle.DocumentId, cycle, context.Cycle.ETag));
        }

        var adjustment = decision.State!.Adjustments[^1];
        var department = context.Plan.Value.DepartmentId;
        var outbox = new PlanOutbox(now, $"{cycle.CycleId}:{department}:adjust{decision.State.Adjustments.Count}");
        foreach (var ops in turn.Organisation.WithRole(Role.OpsOffice))
        {
            outbox.ToPerson(ops, text => PlanMessageCard.Build(
                text.Format("Planning.Notify.AdjustmentRequested", PlanNames.Department(turn.Organisation, department, text), PlanNames.Cycle(cycle, text)),
                [text.Format("Planning.Notify.ReasonLine", PlanNames.Of(adjustment.Reason, text))],
                text["Planning.Notify.OpenPlanButton"],
                PlanVerbs.View,
                PlanVerbs.PlanEntityId(cycle.CycleId, department),
                adjustment.Explanation), "ops", PlanFeed.ApprovalRequested(turn.Organisation, turn.Actor!.Id, PlanFeed.DepartmentPlan(turn.Organisation, department, cycle)));
        }

        return await workflow.CommitPlanAsync(turn, context, decision, outbox, turn.Text["Planning.Msg.AdjustmentRequested"], cancellationToken, also);
    }
}
