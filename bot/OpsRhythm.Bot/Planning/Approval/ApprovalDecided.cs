using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Planning.Approval;

/// <summary>
/// What the approvers' decision writes with the cycle: the company plan with the decision (and adjusted
/// targets), on approval each department plan marked approved under its ETag; and whom it tells: the ops
/// channel, each of the ops office in person, and the approval card in each approver's chat replaced.
/// </summary>
internal static class ApprovalDecided
{
    public static IReadOnlyList<BatchOperation> Written(CardTurn card, CycleLoad loaded, ChangeMade<PlanCycle> made)
    {
        var decided = made.After;
        IReadOnlyList<BatchOperation> plans = Approved(made)
            ? [.. loaded.Plans.Select(p => BatchOperation.Replace(p.Value.DocumentId, DepartmentPlanMachine.MarkApproved(p.Value, card.Actor.Id, made.At, decided.DecisionComment), p.ETag))]
            : [];
        return [BatchOperation.Upsert(CompanyPlan.DocumentId, Company(card, loaded, made)), .. plans];
    }

    public static IReadOnlyList<OutboxMessage> Messages(CardTurn card, CycleLoad loaded, ChangeMade<PlanCycle> made)
    {
        var (requested, decided) = (made.Before!, made.After);
        var approved = Approved(made);
        var outbox = new PlanOutbox(made.At, $"{decided.CycleId}:r{decided.Round}:{requested.ApprovalVersion}:{made.Decision.Events[0].Action}");
        var key = approved ? "Planning.Notify.Approved" : "Planning.Notify.SentBack";
        AdaptiveCard Notice(Localizer text) => PlanMessageCard.Build(
            text.Format(key, PlanNames.Cycle(decided, text)), [], text["Planning.Notify.OpenCompanyButton"], PlanVerbs.Company, decided.CycleId, decided.DecisionComment);
        outbox.ToChannel(card.Organisation.OpsChannelId, Notice, "ops");
        // The ops office asked for the approval: each of them also hears of the decision in their chat and activity feed.
        var feed = approved ? PlanFeed.Approved(PlanFeed.CompanyPlan(decided)) : PlanFeed.Returned(PlanFeed.CompanyPlan(decided), decided.DecisionComment);
        foreach (var ops in card.Organisation.WithRole(Role.OpsOffice))
        {
            outbox.ToPerson(ops, Notice, "ops", feed);
        }

        ApprovalRequest.EnqueueDecided(outbox, requested, decided, Company(card, loaded, made), card.Organisation);
        return outbox.MessagesIn(card.Turn.Languages);
    }

    private static bool Approved(ChangeMade<PlanCycle> made) => made.After.State == PlanCycleState.Approved;

    /// <summary>The company plan with the decision; targets the approvers adjusted replace the earlier ones.</summary>
    private static CompanyPlan Company(CardTurn card, CycleLoad loaded, ChangeMade<PlanCycle> made)
    {
        var company = ApprovalRead.Company(loaded, made.Before!);
        var adjusted = ApprovalRead.Command(card, made.Before!, loaded, Approved(made), made.At).Command is ApproveCommand { AdjustedTargets.Count: > 0 } approve
            ? approve.AdjustedTargets
            : company.AdjustedTargets;
        return company with { Decision = made.After.State, DecisionComment = made.After.DecisionComment, AdjustedTargets = adjusted };
    }
}
