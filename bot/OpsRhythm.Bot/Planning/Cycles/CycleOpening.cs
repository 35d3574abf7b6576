using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Planning.Cycles;

/// <summary>
/// The one way a cycle opens, whoever opens it (a person from the card, or the scheduler at period
/// end): the state machine decides, a plan per department is created (a monthly plan starts from the
/// tasks its quarter's published plan has in that month), each department head is notified 1:1 and
/// the ops channel gets a post, all in one batch audited under the actor.
/// </summary>
internal sealed class CycleOpening(PlanWorkflow workflow, IPersonLanguages languages)
{
    public async Task<CycleOpeningResult> OpenAsync(PlanActor actor, OrganisationProfile organisation, OpenCycleCommand command, CancellationToken cancellationToken)
    {
        var existing = await workflow.Documents.CycleAsync(PlanCycle.IdFor(command.Period), cancellationToken);
        var decision = PlanCycleMachine.Decide(existing?.Value, actor, command);
        if (decision.Rejection is { } rejection)
        {
            return new CycleOpeningResult(null, existing?.Value, rejection);
        }

        var cycle = decision.State!;
        var plans = await StartingPlansAsync(cycle, cancellationToken);
        var outbox = Notifications(organisation, cycle);
        var readers = await languages.ForAsync(organisation, cancellationToken);
        var stored = await workflow.CommitCycleAsync(actor.PersonId, readers, null, decision, outbox, plans.Select(p => BatchOperation.Create(p.DocumentId, p)).ToList(), cancellationToken);
        return stored is null
            ? new CycleOpeningResult(null, cycle, Rejection.WrongState)
            : new CycleOpeningResult(stored.Value, null, null);
    }

    private async Task<IReadOnlyList<DepartmentPlan>> StartingPlansAsync(PlanCycle cycle, CancellationToken cancellationToken)
    {
        IReadOnlyList<DepartmentPlan> quarter = [];
        if (cycle.Kind == PlanKind.Monthly
            && await workflow.Documents.CycleAsync(PlanCycle.IdFor(cycle.Period.Quarter), cancellationToken) is { Value.State: PlanCycleState.Published } quarterly)
        {
            quarter = (await workflow.Documents.PlansAsync(quarterly.Value.CycleId, cancellationToken)).Select(p => p.Value).ToList();
        }

        return cycle.DepartmentIds.Select(id =>
        {
            var tasks = quarter.FirstOrDefault(p => p.DepartmentId == id)?.Content.Tasks
                .Where(t => cycle.Period.Contains(t.DueDate) && t.Status != PlanTaskStatus.Done)
                .Select(t => t with { Status = PlanTaskStatus.NotStarted, ProgressPercent = 0 })
                .ToList() ?? [];
            return tasks.Count == 0
                ? new DepartmentPlan(cycle.CycleId, id, DepartmentPlanState.NotStarted)
                : new DepartmentPlan(cycle.CycleId, id, DepartmentPlanState.Draft) { Content = PlanContent.Empty with { Tasks = tasks } };
        }).ToList();
    }

    private PlanOutbox Notifications(OrganisationProfile organisation, PlanCycle cycle)
    {
        var outbox = new PlanOutbox(workflow.Clock.UtcNow, $"{cycle.CycleId}:r{cycle.Round}:{PlanEvents.Opened}");
        AdaptiveCard HeadCard(Localizer text, string departmentId) => PlanMessageCard.Build(
            text.Format("Planning.Notify.Opened", PlanNames.Cycle(cycle, text)),
            [text.Format("Planning.Notify.DueLine", PlanNames.Date(cycle.DueDate, text)), .. cycle.Guidelines is { } g ? new[] { g } : []],
            text["Planning.Notify.OpenPlanButton"],
            PlanVerbs.View,
            PlanVerbs.PlanEntityId(cycle.CycleId, departmentId));
        foreach (var department in organisation.Departments.Where(d => cycle.DepartmentIds.Contains(d.Id)))
        {
            if (organisation.HeadOf(department.Id) is { } head)
            {
                outbox.ToPerson(head, text => HeadCard(text, department.Id), $"head:{department.Id}");
            }
        }

        outbox.ToChannel(organisation.OpsChannelId, text => PlanMessageCard.Build(
            text.Format("Planning.Notify.Opened", PlanNames.Cycle(cycle, text)),
            [text.Format("Planning.Notify.DueLine", PlanNames.Date(cycle.DueDate, text))],
            text["Planning.Notify.OpenCompanyButton"],
            PlanVerbs.Company,
            cycle.CycleId), "ops");
        return outbox;
    }
}
