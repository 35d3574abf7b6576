using OpsRhythm.Bot.Delivery;
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
internal sealed class ReviewHandler(PlanWorkflow workflow) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [PlanVerbs.Accept] = VerbAccess.Department(Role.OpsOffice, PlanDepartment),
        [PlanVerbs.Return] = VerbAccess.Department(Role.OpsOffice, PlanDepartment),
    };

    private static string? PlanDepartment(CardActionRequest request) => PlanVerbs.ParsePlanEntityId(request.EntityId)?.DepartmentId;

    public Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var loaded = new PlanLoad(workflow, card.Request.EntityId);
        var now = workflow.Clock.UtcNow;
        var accept = card.Verb == PlanVerbs.Accept;
        var change = workflow.PlanChange(card, loaded, _ => CommandRead.Ok<DepartmentPlanCommand>(accept ? new AcceptPlanCommand(now) : new ReturnPlanCommand(card.Value(PlanFields.Comment), now))) with
        {
            Messages = made => accept ? [] : Returned(card, loaded.Cycle, made),
            Done = plan => card.Text.Format(accept ? "Planning.Msg.Accepted" : "Planning.Msg.Returned", PlanNames.Department(card.Organisation, plan.DepartmentId, card.Text)),
        };
        return workflow.ChangePlanAsync(card, change, cancellationToken);
    }

    /// <summary>The department head hears 1:1 why the plan came back.</summary>
    private static IReadOnlyList<OutboxMessage> Returned(CardTurn card, PlanCycle cycle, ChangeMade<DepartmentPlan> made)
    {
        var returned = made.After;
        var outbox = new PlanOutbox(made.At, $"{cycle.CycleId}:{returned.DepartmentId}:h{returned.History.Count}:{PlanEvents.Returned}");
        if (card.Organisation.HeadOf(returned.DepartmentId) is { } head)
        {
            outbox.ToPerson(head, text => PlanMessageCard.Build(
                text.Format("Planning.Notify.Returned", PlanNames.Cycle(cycle, text)),
                [text["Planning.Notify.ReturnedLine"]],
                text["Planning.Notify.OpenPlanButton"],
                PlanVerbs.View,
                PlanVerbs.PlanEntityId(cycle.CycleId, returned.DepartmentId),
                returned.ReturnComment), "head", PlanFeed.Returned(PlanFeed.DepartmentPlan(card.Organisation, returned.DepartmentId, cycle), returned.ReturnComment));
        }

        return outbox.MessagesIn(card.Turn.Languages);
    }
}
