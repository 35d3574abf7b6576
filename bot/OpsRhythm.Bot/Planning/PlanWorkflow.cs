using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Planning;

/// <summary>
/// The steps every planning card action shares: load the aggregate, answer a stale click with the
/// current card, refuse with a sentence naming who may act, and commit the state, its audit events
/// and its messages in one batch guarded by the ETag the card was drawn from.
/// </summary>
public sealed class PlanWorkflow(PlanDocuments documents, ChangeWriter writer, OrganisationClock clock)
{
    public PlanDocuments Documents => documents;

    public OrganisationClock Clock => clock;

    public async Task<PlanContext?> LoadPlanAsync(string? entityId, CancellationToken cancellationToken)
    {
        if (PlanVerbs.ParsePlanEntityId(entityId) is not { } ids)
        {
            return null;
        }

        var (cycleId, departmentId) = ids;
        var cycle = await documents.CycleAsync(cycleId, cancellationToken);
        var plan = cycle is null ? null : await documents.PlanAsync(cycleId, departmentId, cancellationToken);
        return cycle is null || plan is null ? null : new PlanContext(cycle, plan);
    }

    public static PlanActor Actor(Turn turn) => PlanActor.From(turn.Actor!, turn.Organisation);

    public async Task<CardActionResult> ShowPlanAsync(Turn turn, PlanContext context, string? notice, Rejection? rejection, CancellationToken cancellationToken)
    {
        var view = await PlanViewAsync(turn, context, cancellationToken);
        return CardActionResult.ShowCard(DepartmentPlanCard.Build(view with { Notice = notice, Rejection = rejection }, turn.Text));
    }

    public async Task<DepartmentPlanView> PlanViewAsync(Turn turn, PlanContext context, CancellationToken cancellationToken)
    {
        var cycle = context.Cycle.Value;
        var plan = context.Plan.Value;
        var view = new DepartmentPlanView(cycle, plan, context.Plan.ETag, turn.Organisation) { Viewer = turn.Actor is null ? null : Actor(turn) };
        if (cycle.Kind == PlanKind.Quarterly)
        {
            var annual = await documents.PlanAsync(PlanCycle.IdFor(cycle.Period.AnnualPeriod), plan.DepartmentId, cancellationToken);
            view = view with { AnnualTargets = annual?.Value.ApprovedContent?.Targets ?? [] };
        }

        if (Previous(cycle.Period) is { } previous
            && await documents.PlanAsync(PlanCycle.IdFor(previous), plan.DepartmentId, cancellationToken) is { } earlier)
        {
            view = view with { PreviousCompletionPercent = earlier.Value.CompletionPercent };
        }

        return view;
    }

    /// <summary>Commits a department plan change; a concurrent writer makes it answer with the current card instead.</summary>
    public async Task<CardActionResult> CommitPlanAsync(
        Turn turn, PlanContext context, Decision<DepartmentPlan> decision, PlanOutbox? outbox, string notice, CancellationToken cancellationToken, IReadOnlyList<BatchOperation>? also = null)
    {
        var plan = decision.State!;
        var key = PlanDocuments.PlanKey(plan.CycleId, plan.DepartmentId);
        var change = new Change<DepartmentPlan>(PlanDocuments.Container, key, plan, context.Plan.ETag)
        {
            Audit = PlanAudit.Of(decision, nameof(DepartmentPlan), $"{plan.CycleId}:{key.Id}", turn.Actor!.Id, clock.UtcNow),
            Messages = outbox?.Messages ?? [],
            Also = also ?? [],
        };
        try
        {
            var stored = await writer.CommitAsync(change, cancellationToken);
            var cycle = await documents.CycleAsync(plan.CycleId, cancellationToken) ?? context.Cycle;
            return await ShowPlanAsync(turn, new PlanContext(cycle, stored), notice, null, cancellationToken);
        }
        catch (Exception e) when (e is DocumentPreconditionFailedException or BatchFailedException or DocumentConflictException)
        {
            return await CurrentPlanAsync(turn, context, cancellationToken);
        }
    }

    /// <summary>The plan as it is now, with the "out of date" notice: for stale clicks and lost races.</summary>
    public async Task<CardActionResult> CurrentPlanAsync(Turn turn, PlanContext context, CancellationToken cancellationToken)
    {
        var current = await LoadPlanAsync(PlanVerbs.PlanEntityId(context.Cycle.Value.CycleId, context.Plan.Value.DepartmentId), cancellationToken) ?? context;
        return await ShowPlanAsync(turn, current, turn.Text["Common.Rejection.StaleVersion"], null, cancellationToken);
    }

    /// <summary>Commits a cycle change with the company plan and any department plans it touches, in one batch.</summary>
    public Task<StoredDocument<PlanCycle>?> CommitCycleAsync(
        Turn turn, StoredDocument<PlanCycle>? current, Decision<PlanCycle> decision, PlanOutbox outbox, IReadOnlyList<BatchOperation> also, CancellationToken cancellationToken) =>
        CommitCycleAsync(turn.Actor!.Id, current, decision, outbox, also, cancellationToken);

    /// <summary>The same, for an actor without a turn (the scheduler); null when a concurrent writer won.</summary>
    public async Task<StoredDocument<PlanCycle>?> CommitCycleAsync(
        string actorId, StoredDocument<PlanCycle>? current, Decision<PlanCycle> decision, PlanOutbox outbox, IReadOnlyList<BatchOperation> also, CancellationToken cancellationToken)
    {
        var cycle = decision.State!;
        var key = PlanDocuments.CycleKey(cycle.CycleId);
        var change = new Change<PlanCycle>(PlanDocuments.Container, key, cycle, current?.ETag)
        {
            Audit = PlanAudit.Of(decision, nameof(PlanCycle), cycle.CycleId, actorId, clock.UtcNow),
            Messages = outbox.Messages,
            Also = also,
        };
        try
        {
            return await writer.CommitAsync(change, cancellationToken);
        }
        catch (Exception e) when (e is DocumentPreconditionFailedException or BatchFailedException or DocumentConflictException)
        {
            return null;
        }
    }

    public async Task<CompanyPlanView> CompanyViewAsync(Turn turn, StoredDocument<PlanCycle> cycle, CancellationToken cancellationToken)
    {
        var company = (await documents.CompanyAsync(cycle.Value.CycleId, cancellationToken))?.Value;
        if (company is null || cycle.Value.State is PlanCycleState.Open)
        {
            // Before consolidation the company view is drawn live from the department plans.
            var plans = await documents.PlansAsync(cycle.Value.CycleId, cancellationToken);
            company = Domain.Planning.Consolidation.Build(cycle.Value, plans.Select(p => p.Value).ToList(), clock.UtcNow) with
            {
                AdjustedTargets = company?.AdjustedTargets ?? [],
            };
        }

        return new CompanyPlanView(cycle.Value, cycle.ETag, company, turn.Organisation) { Viewer = Actor(turn) };
    }

    private static PlanPeriod? Previous(PlanPeriod period) => period.Kind switch
    {
        PlanKind.Quarterly => period.Index == 1 ? PlanPeriod.Quarterly(period.Year - 1, 4) : PlanPeriod.Quarterly(period.Year, period.Index - 1),
        PlanKind.Monthly => period.Index == 1 ? PlanPeriod.Monthly(period.Year - 1, 12) : PlanPeriod.Monthly(period.Year, period.Index - 1),
        _ => null,
    };
}
