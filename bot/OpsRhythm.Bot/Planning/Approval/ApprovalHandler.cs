using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Planning.Approval;

/// <summary>
/// The approvers' decision: plan.approve (an annual plan's targets may be adjusted on the way) or
/// plan.sendBack (comment required), and plan.approvalView, the refresh that draws the card per user.
/// Two approvers clicking at once: the cycle is replaced under its ETag, so exactly one decision wins
/// and the other sees the decided card. The approval card is drawn before the cycle has its new ETag, so
/// it carries the cycle's approval version, current while the cycle awaits approval.
/// </summary>
internal sealed class ApprovalHandler(PlanWorkflow workflow, CardPipeline pipeline, IEnumerable<IPlanApprovedListener>? listeners = null) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [PlanVerbs.Approve] = VerbAccess.Company(Role.OpsOffice | Role.Leadership).WithStandIns(StandInKind.Approval),
        [PlanVerbs.SendBack] = VerbAccess.Company(Role.OpsOffice | Role.Leadership).WithStandIns(StandInKind.Approval),
        [PlanVerbs.ApprovalView] = VerbAccess.Company(Role.OpsOffice | Role.Leadership).WithStandIns(StandInKind.Approval),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        if (card.Verb == PlanVerbs.ApprovalView)
        {
            return card.Request.EntityId is { } id && await workflow.Documents.CycleAsync(id, cancellationToken) is { } cycle
                ? await ShowAsync(card, cycle, CardNote.None, cancellationToken)
                : CardAnswers.NotFound(card);
        }

        var loaded = new CycleLoad(workflow.Documents, card.Request.EntityId);
        var approve = card.Verb == PlanVerbs.Approve;
        var now = pipeline.Clock.UtcNow;
        var change = PlanWorkflow.CycleChange(card, loaded, cycle => ApprovalRead.Command(card, cycle, loaded, approve, now), (stored, note, ct) => ShowAsync(card, stored, note, ct)) with
        {
            OtherVersion = cycle => cycle.State == PlanCycleState.AwaitingApproval ? cycle.ApprovalVersion : null,
            Also = made => ApprovalDecided.Written(card, loaded, made),
            Messages = made => ApprovalDecided.Messages(card, loaded, made),
            Committed = approve ? (stored, ct) => ApprovedAsync(stored.Value, ct) : null,
            Done = decided => approve ? card.Text.Format("Planning.Msg.Approved", PlanNames.Cycle(decided, card.Text)) : card.Text["Planning.Msg.SentBack"],
        };
        return await pipeline.ChangeAsync(card, change, cancellationToken);
    }

    /// <summary>Other areas react to the stored approval (indicator targets from the plans).</summary>
    private async Task ApprovedAsync(PlanCycle approved, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners ?? [])
        {
            await listener.PlanApprovedAsync(approved.CycleId, cancellationToken);
        }
    }

    private async Task<CardActionResult> ShowAsync(CardTurn card, StoredDocument<PlanCycle> cycle, CardNote note, CancellationToken cancellationToken)
    {
        var view = await workflow.CompanyViewAsync(card.Turn, cycle, cancellationToken);
        var refresh = ApprovalRequest.RefreshUserIds(cycle.Value, card.Organisation);
        return CardActionResult.ShowCard(ApprovalCard.Build(view with { Notice = note.Notice, Rejection = note.Rejection }, refresh, card.Text));
    }
}
