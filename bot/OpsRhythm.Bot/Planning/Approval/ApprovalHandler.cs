using OpsRhythm.Bot.Turns.Pipeline;
using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Organisation.StandIns;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Planning.Approval;

/// <summary>
/// The approvers' decision: plan.approve (an annual plan's targets may be adjusted on the way) or
/// plan.sendBack (comment required), and plan.approvalView, the refresh that draws the card per user.
/// Two approvers clicking at once: the cycle is replaced under its ETag, so exactly one decision wins
/// and the other sees the decided card.
/// </summary>
internal sealed class ApprovalHandler(PlanWorkflow workflow, IEnumerable<IPlanApprovedListener>? listeners = null) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [PlanVerbs.Approve] = VerbAccess.Company(Role.OpsOffice | Role.Leadership).WithStandIns(StandInKind.Approval),
        [PlanVerbs.SendBack] = VerbAccess.Company(Role.OpsOffice | Role.Leadership).WithStandIns(StandInKind.Approval),
        [PlanVerbs.ApprovalView] = VerbAccess.Company(Role.OpsOffice | Role.Leadership).WithStandIns(StandInKind.Approval),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        var (turn, request) = (card.Turn, card.Request);
        if (request.EntityId is null || await workflow.Documents.CycleAsync(request.EntityId, cancellationToken) is not { } cycle)
        {
            return CardAnswers.NotFound(turn);
        }

        var current = cycle.Value;
        var fresh = string.Equals(request.Version, cycle.ETag, StringComparison.Ordinal)
            || (current.State == PlanCycleState.AwaitingApproval && string.Equals(request.Version, current.ApprovalVersion, StringComparison.Ordinal));
        if (request.Verb == PlanVerbs.ApprovalView || !fresh)
        {
            return await ShowAsync(turn, cycle, request.Verb == PlanVerbs.ApprovalView ? null : turn.Text["Common.Rejection.StaleVersion"], null, cancellationToken);
        }

        var now = workflow.Clock.UtcNow;
        var comment = request.Value(PlanFields.Comment);
        PlanCycleCommand command = request.Verb == PlanVerbs.Approve ? new ApproveCommand(comment, now) : new SendBackCommand(comment, now);
        var decision = PlanCycleMachine.Decide(current, PlanWorkflow.Actor(card), command);
        var company = (await workflow.Documents.CompanyAsync(current.CycleId, cancellationToken))?.Value ?? new CompanyPlan(current.CycleId);
        var adjusted = command is ApproveCommand && current.Kind == PlanKind.Annual ? AdjustedTargets(request, company) : ([], new Dictionary<string, FieldError>());
        if (decision.Rejection is { } rejection)
        {
            return CardAnswers.Refusal(turn, rejection) ?? await ShowAsync(turn, cycle, null, rejection, cancellationToken);
        }

        if (adjusted.Errors.Count > 0)
        {
            return await ShowAsync(turn, cycle, null, Rejection.Invalid(adjusted.Errors), cancellationToken);
        }

        var next = decision.State!;
        var decided = company with
        {
            Decision = next.State,
            DecisionComment = next.DecisionComment,
            AdjustedTargets = adjusted.Targets.Count > 0 ? adjusted.Targets : company.AdjustedTargets,
        };
        var also = new List<BatchOperation> { BatchOperation.Upsert(CompanyPlan.DocumentId, decided) };
        if (command is ApproveCommand)
        {
            var plans = await workflow.Documents.PlansAsync(current.CycleId, cancellationToken);
            also.AddRange(plans.Select(p => BatchOperation.Replace(p.Value.DocumentId, DepartmentPlanMachine.MarkApproved(p.Value, card.Actor.Id, now, next.DecisionComment), p.ETag)));
        }

        var outbox = new PlanOutbox(now, $"{next.CycleId}:r{next.Round}:{current.ApprovalVersion}:{decision.Events[0].Action}");
        var key = command is ApproveCommand ? "Planning.Notify.Approved" : "Planning.Notify.SentBack";
        AdaptiveCard Notice(Localizer text) => PlanMessageCard.Build(
            text.Format(key, PlanNames.Cycle(next, text)), [], text["Planning.Notify.OpenCompanyButton"], PlanVerbs.Company, next.CycleId, next.DecisionComment);
        outbox.ToChannel(turn.Organisation.OpsChannelId, Notice, "ops");
        // The ops office asked for the approval: each of them also hears of the decision in their chat and activity feed.
        var feed = command is ApproveCommand ? PlanFeed.Approved(PlanFeed.CompanyPlan(next)) : PlanFeed.Returned(PlanFeed.CompanyPlan(next), next.DecisionComment);
        foreach (var ops in turn.Organisation.WithRole(Domain.Organisation.Role.OpsOffice))
        {
            outbox.ToPerson(ops, Notice, "ops", feed);
        }

        ApprovalRequest.EnqueueDecided(outbox, current, next, decided, turn.Organisation);
        var stored = await workflow.CommitCycleAsync(card, cycle, decision, outbox, also, cancellationToken);
        if (stored is not null && command is ApproveCommand)
        {
            foreach (var listener in listeners ?? [])
            {
                await listener.PlanApprovedAsync(next.CycleId, cancellationToken);
            }
        }

        var shown = stored ?? await workflow.Documents.CycleAsync(current.CycleId, cancellationToken) ?? cycle;
        var notice = stored is null
            ? turn.Text["Common.Rejection.StaleVersion"]
            : command is ApproveCommand ? turn.Text.Format("Planning.Msg.Approved", PlanNames.Cycle(next, turn.Text)) : turn.Text["Planning.Msg.SentBack"];
        return await ShowAsync(turn, shown, notice, null, cancellationToken);
    }

    private static (IReadOnlyList<PlanTarget> Targets, IReadOnlyDictionary<string, FieldError> Errors) AdjustedTargets(CardActionRequest request, CompanyPlan company)
    {
        var found = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var targets = new List<PlanTarget>();
        foreach (var target in company.TargetTotals)
        {
            var id = ApprovalCard.AdjustedTargetId(target.Metric);
            if (request.Value(id) is not { } typed)
            {
                targets.Add(target);
            }
            else if (decimal.TryParse(typed, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                targets.Add(target with { Value = value });
            }
            else
            {
                found[id] = new FieldError("Planning.Error.NotANumber");
            }
        }

        return (targets.SequenceEqual(company.TargetTotals) ? [] : targets, found);
    }

    private async Task<CardActionResult> ShowAsync(Turn turn, StoredDocument<PlanCycle> cycle, string? notice, Rejection? rejection, CancellationToken cancellationToken)
    {
        var view = await workflow.CompanyViewAsync(turn, cycle, cancellationToken);
        var refresh = ApprovalRequest.RefreshUserIds(cycle.Value, turn.Organisation);
        return CardActionResult.ShowCard(ApprovalCard.Build(view with { Notice = notice, Rejection = rejection }, refresh, turn.Text));
    }
}
