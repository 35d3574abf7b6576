using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
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
/// and company views, a department plan verb declared for the pipeline (<see cref="PlanChange"/>), and
/// the commit of a cycle change, which the scheduler also makes without a card.
/// </summary>
internal sealed class PlanWorkflow(PlanDocuments documents, ChangeWriter writer, OrganisationClock clock)
{
    private readonly CardPipeline _pipeline = new(writer, clock);

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
        _pipeline.ChangeAsync(card, change, cancellationToken);

    /// <summary>The plan card for a pipeline answer; after a commit the cycle is read again, as the change may have reopened it.</summary>
    public async Task<CardActionResult> ShowPlanAsync(CardTurn card, PlanLoad loaded, StoredDocument<DepartmentPlan> plan, CardNote note, CancellationToken cancellationToken)
    {
        var cycle = plan.ETag == loaded.Context.Plan.ETag ? loaded.Context.Cycle : await documents.CycleAsync(plan.Value.CycleId, cancellationToken) ?? loaded.Context.Cycle;
        return await ShowPlanAsync(card.Turn, new PlanContext(cycle, plan), note.Notice, note.Rejection, cancellationToken);
    }

    /// <summary>Commits a cycle change with the company plan and any department plans it touches, in one batch.</summary>
    public Task<StoredDocument<PlanCycle>?> CommitCycleAsync(
        CardTurn card, StoredDocument<PlanCycle>? current, Decision<PlanCycle> decision, PlanOutbox outbox, IReadOnlyList<BatchOperation> also, CancellationToken cancellationToken) =>
        CommitCycleAsync(card.Actor.Id, card.Turn.Languages, current, decision, outbox, also, cancellationToken);

    /// <summary>The same, for an actor without a turn (the scheduler); null when a concurrent writer won.</summary>
    public async Task<StoredDocument<PlanCycle>?> CommitCycleAsync(
        string actorId, RecipientLanguages languages, StoredDocument<PlanCycle>? current, Decision<PlanCycle> decision, PlanOutbox outbox, IReadOnlyList<BatchOperation> also, CancellationToken cancellationToken)
    {
        var cycle = decision.State!;
        var key = PlanDocuments.CycleKey(cycle.CycleId);
        var change = new Change<PlanCycle>(PlanDocuments.Container, key, cycle, current?.ETag)
        {
            Audit = PlanAudit.Of(decision, nameof(PlanCycle), cycle.CycleId, actorId, clock.UtcNow),
            Messages = outbox.MessagesIn(languages),
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

        return new CompanyPlanView(cycle.Value, cycle.ETag, company, turn.Organisation) { Viewer = Actor(turn), Today = clock.Today(turn.Organisation) };
    }

    private static PlanPeriod? Previous(PlanPeriod period) => period.Kind switch
    {
        PlanKind.Quarterly => period.Index == 1 ? PlanPeriod.Quarterly(period.Year - 1, 4) : PlanPeriod.Quarterly(period.Year, period.Index - 1),
        PlanKind.Monthly => period.Index == 1 ? PlanPeriod.Monthly(period.Year - 1, 12) : PlanPeriod.Monthly(period.Year, period.Index - 1),
        _ => null,
    };
}
