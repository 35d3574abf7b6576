using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Bot.Planning.Review;

/// <summary>
/// The ops office's review of a submitted plan: plan.accept, or plan.return with a required comment,
/// which notifies the department head 1:1 with that comment.
/// </summary>
public sealed class ReviewHandler(PlanWorkflow workflow) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [PlanVerbs.Accept] = VerbAccess.Department(Role.OpsOffice, PlanDepartment),
        [PlanVerbs.Return] = VerbAccess.Department(Role.OpsOffice, PlanDepartment),
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

        var plan = context.Plan.Value;
        var cycle = context.Cycle.Value;
        var now = workflow.Clock.UtcNow;
        DepartmentPlanCommand command = request.Verb == PlanVerbs.Accept ? new AcceptPlanCommand(now) : new ReturnPlanCommand(request.Value(PlanFields.Comment), now);
        var decision = DepartmentPlanMachine.Decide(plan, cycle, PlanWorkflow.Actor(turn), command);
        if (decision.Rejection is { } rejection)
        {
            return CardAnswers.Refusal(turn, rejection) ?? await workflow.ShowPlanAsync(turn, context, null, rejection, cancellationToken);
        }

        var department = PlanNames.Department(turn.Organisation, plan.DepartmentId, turn.Text);
        if (command is AcceptPlanCommand)
        {
            return await workflow.CommitPlanAsync(turn, context, decision, null, turn.Text.Format("Planning.Msg.Accepted", department), cancellationToken);
        }

        var returned = decision.State!;
        var outbox = new PlanOutbox(now, $"{cycle.CycleId}:{plan.DepartmentId}:h{returned.History.Count}:{PlanEvents.Returned}");
        if (turn.Organisation.HeadOf(plan.DepartmentId) is { } head)
        {
            outbox.ToPerson(head, text => PlanMessageCard.Build(
                text.Format("Planning.Notify.Returned", PlanNames.Cycle(cycle, text)),
                [text["Planning.Notify.ReturnedLine"]],
                text["Planning.Notify.OpenPlanButton"],
                PlanVerbs.View,
                PlanVerbs.PlanEntityId(cycle.CycleId, plan.DepartmentId),
                returned.ReturnComment), "head", PlanFeed.Returned(PlanFeed.DepartmentPlan(turn.Organisation, plan.DepartmentId, cycle), returned.ReturnComment));
        }

        return await workflow.CommitPlanAsync(turn, context, decision, outbox, turn.Text.Format("Planning.Msg.Returned", department), cancellationToken);
    }
}
