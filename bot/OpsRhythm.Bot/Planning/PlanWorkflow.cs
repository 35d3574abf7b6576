using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Planning;

/// <summary>
/// What planning's card actions share beyond the card pipeline: loading a plan with its cycle, the plan
/// and company views, and a department plan or cycle verb declared for the pipeline (<see cref="PlanChange"/>,
/// <see cref="CycleChange"/>).
/// </summary>
internal sealed class PlanWorkflow(PlanDocuments documents, CardPipeline pipeline)
{
    public PlanDocuments Documents => documents;

    public OrganisationClock Clock => pipeline.Clock;

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

    /// <summary>The person acting on a card, with the roles the Domain's rules ask about and the stand-ins active on the turn's day.</summary>
    public static PlanActor Actor(CardTurn card) => PlanActor.From(card?.Actor ?? throw new ArgumentNullException(nameof(card)), card.Organisation, card.Turn.Today);

    /// <summary>The person writing in a chat (chat commands run only for known members).</summary>
    public static PlanActor Actor(Turn turn) => PlanActor.From(turn?.Actor ?? throw new ArgumentNullException(nameof(turn)), turn.Organisation, turn.Today);

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

    /// <summary>
    /// A department plan verb for the card pipeline: the plan loaded with its cycle, the Domain's decision
    /// and the plan card as answer; the verb adds its command, messages, other writes and notice.
    /// </summary>
    public StateChange<DepartmentPlan, DepartmentPlanCommand> PlanChange(CardTurn card, PlanLoad loaded, Func<DepartmentPlan, CommandRead<DepartmentPlanCommand>> read) =>
        PlanChange(card, loaded, read, DepartmentPlanMachine.Decide);

    /// <summary>The same for a command the Domain decides in several steps (the tasks of a page).</summary>
    public StateChange<DepartmentPlan, TCommand> PlanChange<TCommand>(
        CardTurn card, PlanLoad loaded, Func<DepartmentPlan, CommandRead<TCommand>> read, Func<DepartmentPlan, PlanCycle, PlanActor, TCommand, Decision<DepartmentPlan>> decide)
    {
        return new()
        {
            Container = PlanDocuments.Container,
            EntityType = nameof(DepartmentPlan),
            ActionPrefix = PlanAudit.ActionPrefix,
            EntityId = plan => $"{plan.CycleId}:{DepartmentPlan.DocumentIdFor(plan.DepartmentId)}",
            Load = loaded.LoadAsync,
            Read = read,
            Decide = (plan, command) => decide(plan, loaded.Cycle, Actor(card), command),
            Show = (stored, note, ct) => ShowPlanAsync(card, loaded, stored, note, ct),
        };
    }

    public Task<CardActionResult> ChangePlanAsync<TCommand>(CardTurn card, StateChange<DepartmentPlan, TCommand> change, CancellationToken cancellationToken) =>
        pipeline.ChangeAsync(card, change, cancellationToken);

    /// <summary>The plan card for a pipeline answer; after a commit the cycle is read again, as the change may have reopened it.</summary>
    public async Task<CardActionResult> ShowPlanAsync(CardTurn card, PlanLoad loaded, StoredDocument<DepartmentPlan> plan, CardNote note, CancellationToken cancellationToken)
    {
        var cycle = plan.ETag == loaded.Context.Plan.ETag ? loaded.Context.Cycle : await documents.CycleAsync(plan.Value.CycleId, cancellationToken) ?? loaded.Context.Cycle;
        return await ShowPlanAsync(card.Turn, new PlanContext(cycle, plan), note.Notice, note.Rejection, cancellationToken);
    }

    /// <summary>
    /// A cycle verb for the card pipeline: the cycle loaded with its plans and company plan, the Domain's
    /// decision audited under the cycle's id; the verb adds its command, messages, other writes, card and notice.
    /// </summary>
    public static StateChange<PlanCycle, PlanCycleCommand> CycleChange(
        CardTurn card, CycleLoad loaded, Func<PlanCycle, CommandRead<PlanCycleCommand>> read, Func<StoredDocument<PlanCycle>, CardNote, CancellationToken, Task<CardActionResult>> show) => new()
    {
        Container = PlanDocuments.Container,
        EntityType = nameof(PlanCycle),
        ActionPrefix = PlanAudit.ActionPrefix,
        EntityId = cycle => cycle.CycleId,
        Load = loaded.LoadAsync,
        Read = read,
        Decide = (cycle, command) => PlanCycleMachine.Decide(cycle, Actor(card), command),
        Show = show,
    };

    /// <summary>The company plan card for a pipeline answer (consolidation, publication).</summary>
    public async Task<CardActionResult> ShowCompanyAsync(CardTurn card, StoredDocument<PlanCycle> cycle, CardNote note, CancellationToken cancellationToken)
    {
        var view = await CompanyViewAsync(card.Turn, cycle, cancellationToken);
        return CardActionResult.ShowCard(CompanyPlanCard.Build(view with { Notice = note.Notice, Rejection = note.Rejection }, card.Text));
    }

    public async Task<CompanyPlanView> CompanyViewAsync(Turn turn, StoredDocument<PlanCycle> cycle, CancellationToken cancellationToken)
    {
        var stored = (await documents.CompanyAsync(cycle.Value.CycleId, cancellationToken))?.Value;
        var company = stored is { } kept && !LiveCompany(cycle.Value, kept)
            ? kept
            : CompanyOf(cycle.Value, stored, [.. (await documents.PlansAsync(cycle.Value.CycleId, cancellationToken)).Select(p => p.Value)]);

        return new CompanyPlanView(cycle.Value, cycle.ETag, company, turn.Organisation) { Viewer = Actor(turn), Today = Clock.Today(turn.Organisation) };
    }

    /// <summary>The company plan as its card shows it: before consolidation drawn live from the department plans.</summary>
    public CompanyPlan CompanyOf(PlanCycle cycle, CompanyPlan? stored, IReadOnlyList<DepartmentPlan> plans) =>
        !LiveCompany(cycle, stored) ? stored! : Domain.Planning.Consolidation.Build(cycle, plans, Clock.UtcNow) with { AdjustedTargets = stored?.AdjustedTargets ?? [] };

    private static bool LiveCompany(PlanCycle cycle, CompanyPlan? stored) => stored is null || cycle.State is PlanCycleState.Open;

    private static PlanPeriod? Previous(PlanPeriod period) => period.Kind switch
    {
        PlanKind.Quarterly => period.Index == 1 ? PlanPeriod.Quarterly(period.Year - 1, 4) : PlanPeriod.Quarterly(period.Year, period.Index - 1),
        PlanKind.Monthly => period.Index == 1 ? PlanPeriod.Monthly(period.Year - 1, 12) : PlanPeriod.Monthly(period.Year, period.Index - 1),
        _ => null,
    };
}
