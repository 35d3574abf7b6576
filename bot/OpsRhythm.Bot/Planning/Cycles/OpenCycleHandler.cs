using System.Globalization;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Planning.Cycles;

/// <summary>
/// plan.open: opens a cycle with a plan per department (a monthly plan starts from the tasks its
/// quarter's published plan has in that month), notifies each department head 1:1 and posts to the
/// ops channel.
/// </summary>
public sealed class OpenCycleHandler(PlanWorkflow workflow) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [PlanVerbs.Open];

    /// <summary>Drafts are due a week from today, but never after the period has started.</summary>
    public static DateOnly SuggestedDueDate(DateOnly today, PlanPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var due = today.AddDays(7);
        return due < period.Start ? due : (today < period.Start ? period.Start.AddDays(-1) : period.End);
    }

    public async Task<CardActionResult> HandleAsync(Turn turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var kind = Enum.TryParse<PlanKind>(request.Value(CycleOpenCard.KindKey), out var k) && Enum.IsDefined(k) ? k : PlanKind.Monthly;
        var today = workflow.Clock.Today(turn.Organisation);
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        if (!PlanPeriod.TryParse(request.Value(PlanFields.Period), out var period) || period.Kind != kind)
        {
            errors[PlanFields.Period] = new FieldError("Planning.Error.PeriodFormat");
            period = PlanPeriod.NextAfter(kind, today);
        }

        if (!DateOnly.TryParseExact(request.Value(PlanFields.DueDate), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
        {
            errors[PlanFields.DueDate] = new FieldError("Planning.Error.NotADate");
        }

        if (errors.Count > 0)
        {
            return Form(turn, period, today, Rejection.Invalid(errors), request);
        }

        var command = new OpenCycleCommand(period, due, turn.Organisation.Departments.Select(d => d.Id).ToList(), today, workflow.Clock.Now)
        {
            Guidelines = request.Value(PlanFields.Guidelines),
        };
        var existing = await workflow.Documents.CycleAsync(PlanCycle.IdFor(period), cancellationToken);
        var actor = PlanWorkflow.Actor(turn);
        var decision = PlanCycleMachine.Decide(existing?.Value, actor, command);
        if (decision.Rejection is { } rejection)
        {
            return PlanWorkflow.Forbidden(turn, rejection)
                ?? (existing is not null
                    ? CardActionResult.ShowMessage(turn.Text.Format("Planning.Msg.CycleExists", PlanNames.Cycle(existing.Value, turn.Text)))
                    : Form(turn, period, today, rejection, request));
        }

        var cycle = decision.State!;
        var plans = await StartingPlansAsync(cycle, cancellationToken);
        var outbox = Notifications(turn, cycle);
        var stored = await workflow.CommitCycleAsync(turn, null, decision, outbox, plans.Select(p => BatchOperation.Create(p.DocumentId, p)).ToList(), cancellationToken);
        return stored is null
            ? CardActionResult.ShowMessage(turn.Text.Format("Planning.Msg.CycleExists", PlanNames.Cycle(cycle, turn.Text)))
            : CardActionResult.ShowMessage(turn.Text.Format("Planning.Msg.Opened", PlanNames.Cycle(cycle, turn.Text)));
    }

    private static CardActionResult Form(Turn turn, PlanPeriod period, DateOnly today, Rejection rejection, CardActionRequest request) =>
        CardActionResult.ShowCard(CycleOpenCard.Build(period, SuggestedDueDate(today, period), turn.Text, rejection, request.Data));

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

    private PlanOutbox Notifications(Turn turn, PlanCycle cycle)
    {
        var outbox = new PlanOutbox(workflow.Clock.Now, $"{cycle.CycleId}:r{cycle.Round}:{PlanEvents.Opened}");
        AdaptiveCard HeadCard(Localizer text, string departmentId) => PlanMessageCard.Build(
            text.Format("Planning.Notify.Opened", PlanNames.Cycle(cycle, text)),
            [text.Format("Planning.Notify.DueLine", PlanNames.Date(cycle.DueDate, text)), .. cycle.Guidelines is { } g ? new[] { g } : []],
            text["Planning.Notify.OpenPlanButton"],
            PlanVerbs.View,
            PlanVerbs.PlanEntityId(cycle.CycleId, departmentId));
        foreach (var department in turn.Organisation.Departments.Where(d => cycle.DepartmentIds.Contains(d.Id)))
        {
            if (turn.Organisation.HeadOf(department.Id) is { } head)
            {
                outbox.ToPerson(head, text => HeadCard(text, department.Id), $"head:{department.Id}");
            }
        }

        outbox.ToChannel(turn.Organisation.OpsChannelId, text => PlanMessageCard.Build(
            text.Format("Planning.Notify.Opened", PlanNames.Cycle(cycle, text)),
            [text.Format("Planning.Notify.DueLine", PlanNames.Date(cycle.DueDate, text))],
            text["Planning.Notify.OpenCompanyButton"],
            PlanVerbs.Company,
            cycle.CycleId), "ops");
        return outbox;
    }
}
