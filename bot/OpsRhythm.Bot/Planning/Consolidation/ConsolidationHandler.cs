using OpsRhythm.Bot.Planning.Approval;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Planning.Consolidation;

/// <summary>
/// The ops office's consolidation: plan.company shows the company draft, plan.consolidate starts
/// balancing once every plan is accepted, plan.requestApproval puts it to the approvers.
/// </summary>
internal sealed class ConsolidationHandler(PlanWorkflow workflow) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [PlanVerbs.Company] = VerbAccess.Company(Role.DepartmentHead | Role.OpsOffice | Role.Leadership).WithStandIns(StandInKind.Department, StandInKind.Approval),
        [PlanVerbs.Consolidate] = VerbAccess.Company(Role.OpsOffice),
        [PlanVerbs.RequestApproval] = VerbAccess.Company(Role.OpsOffice),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var (turn, request) = (card.Turn, card.Request);
        if (request.EntityId is null || await workflow.Documents.CycleAsync(request.EntityId, cancellationToken) is not { } cycle)
        {
            return CardAnswers.NotFound(turn);
        }

        if (request.Verb == PlanVerbs.Company)
        {
            return await ShowAsync(turn, cycle, null, null, cancellationToken);
        }

        if (!string.Equals(request.Version, cycle.ETag, StringComparison.Ordinal))
        {
            return await ShowAsync(turn, cycle, turn.Text["Common.Rejection.StaleVersion"], null, cancellationToken);
        }

        var plans = await workflow.Documents.PlansAsync(cycle.Value.CycleId, cancellationToken);
        var values = plans.Select(p => p.Value).ToList();
        var now = workflow.Clock.UtcNow;
        PlanCycleCommand command = request.Verb == PlanVerbs.Consolidate ? new ConsolidateCommand(values, now) : new RequestApprovalCommand(values, now);
        var decision = PlanCycleMachine.Decide(cycle.Value, PlanWorkflow.Actor(card), command);
        if (decision.Rejection is { } rejection)
        {
            return CardAnswers.Refusal(turn, rejection) ?? await ShowAsync(turn, cycle, null, rejection, cancellationToken);
        }

        var next = decision.State!;
        var previous = await workflow.Documents.CompanyAsync(next.CycleId, cancellationToken);
        var company = Domain.Planning.Consolidation.Build(next, values, now) with { AdjustedTargets = previous?.Value.AdjustedTargets ?? [] };
        var also = new List<BatchOperation> { BatchOperation.Upsert(CompanyPlan.DocumentId, company) };
        var outbox = new PlanOutbox(now, command is RequestApprovalCommand ? ApprovalRequest.KeyPrefix(next) : $"{next.CycleId}:r{next.Round}:{next.ApprovalVersion}:{decision.Events[0].Action}");
        if (command is RequestApprovalCommand)
        {
            // Rewriting each plan under its ETag makes a concurrent return fail instead of slipping past the approvers.
            also.AddRange(plans.Select(p => BatchOperation.Replace(p.Value.DocumentId, p.Value, p.ETag)));
            ApprovalRequest.Enqueue(outbox, next, company, turn.Organisation, card.Actor.Id);
        }

        var stored = await workflow.CommitCycleAsync(card, cycle, decision, outbox, also, cancellationToken);
        var current = stored ?? await workflow.Documents.CycleAsync(cycle.Value.CycleId, cancellationToken) ?? cycle;
        var notice = stored is null ? turn.Text["Common.Rejection.StaleVersion"] : turn.Text[command is ConsolidateCommand ? "Planning.Msg.Consolidated" : "Planning.Msg.ApprovalRequested"];
        return await ShowAsync(turn, current, notice, null, cancellationToken);
    }

    private async Task<CardActionResult> ShowAsync(Turn turn, StoredDocument<PlanCycle> cycle, string? notice, Rejection? rejection, CancellationToken cancellationToken)
    {
        var view = await workflow.CompanyViewAsync(turn, cycle, cancellationToken);
        return CardActionResult.ShowCard(CompanyPlanCard.Build(view with { Notice = notice, Rejection = rejection }, turn.Text));
    }
}
