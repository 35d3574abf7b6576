using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Planning.Approval;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Planning.Consolidation;

/// <summary>
/// The ops office's consolidation: plan.company shows the company draft, plan.consolidate starts
/// balancing once every plan is accepted, plan.requestApproval puts it to the approvers.
/// </summary>
internal sealed class ConsolidationHandler(PlanWorkflow workflow, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [PlanVerbs.Company] = VerbAccess.Company(Role.DepartmentHead | Role.OpsOffice | Role.Leadership).WithStandIns(StandInKind.Department, StandInKind.Approval),
        [PlanVerbs.Consolidate] = VerbAccess.Company(Role.OpsOffice),
        [PlanVerbs.RequestApproval] = VerbAccess.Company(Role.OpsOffice),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        if (card.Verb == PlanVerbs.Company)
        {
            return card.Request.EntityId is { } id && await workflow.Documents.CycleAsync(id, cancellationToken) is { } cycle
                ? await workflow.ShowCompanyAsync(card, cycle, CardNote.None, cancellationToken)
                : CardAnswers.NotFound(card);
        }

        var loaded = new CycleLoad(workflow.Documents, card.Request.EntityId);
        var consolidate = card.Verb == PlanVerbs.Consolidate;
        var now = pipeline.Clock.UtcNow;
        var change = PlanWorkflow.CycleChange(
            card,
            loaded,
            _ => CommandRead.Ok<PlanCycleCommand>(consolidate ? new ConsolidateCommand(loaded.PlanValues, now) : new RequestApprovalCommand(loaded.PlanValues, now)),
            (stored, note, ct) => workflow.ShowCompanyAsync(card, stored, note, ct)) with
        {
            Also = made => Written(loaded, made, consolidate),
            Messages = made => consolidate ? [] : Requested(card, loaded, made),
            Done = _ => card.Text[consolidate ? "Planning.Msg.Consolidated" : "Planning.Msg.ApprovalRequested"],
        };
        return await pipeline.ChangeAsync(card, change, cancellationToken);
    }

    /// <summary>The company draft balanced from the accepted plans, keeping targets the approvers adjusted in an earlier round.</summary>
    private static CompanyPlan Company(CycleLoad loaded, ChangeMade<PlanCycle> made) =>
        Domain.Planning.Consolidation.Build(made.After, loaded.PlanValues, made.At) with { AdjustedTargets = loaded.Company?.AdjustedTargets ?? [] };

    private static IReadOnlyList<BatchOperation> Written(CycleLoad loaded, ChangeMade<PlanCycle> made, bool consolidate)
    {
        var company = BatchOperation.Upsert(CompanyPlan.DocumentId, Company(loaded, made));
        // Rewriting each plan under its ETag makes a concurrent return fail instead of slipping past the approvers.
        return consolidate ? [company] : [company, .. loaded.Plans.Select(p => BatchOperation.Replace(p.Value.DocumentId, p.Value, p.ETag))];
    }

    /// <summary>Each approver gets the approval card in person.</summary>
    private static IReadOnlyList<OutboxMessage> Requested(CardTurn card, CycleLoad loaded, ChangeMade<PlanCycle> made)
    {
        var outbox = new PlanOutbox(made.At, ApprovalRequest.KeyPrefix(made.After));
        ApprovalRequest.Enqueue(outbox, made.After, Company(loaded, made), card.Organisation, card.Actor.Id);
        return outbox.MessagesIn(card.Turn.Languages);
    }
}
