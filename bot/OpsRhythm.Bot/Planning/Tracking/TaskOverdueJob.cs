using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Auditing;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Time;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Planning.Tracking;

/// <summary>
/// Tells task owners (责任人) when a task of a published plan is past its due date and not done
/// (Planning:TaskOverdue:Cron, organisation's time zone; "past" is the organisation's day). One notice
/// per task and day until it is done: each plan's notices are one batch with the plan's <see cref="TaskOverdueRecord"/>
/// and audit entries, under keys of the task and the day, so a rerun or a second instance sends nothing twice.
/// </summary>
internal sealed class TaskOverdueJob(
    PlanDocuments documents,
    ChangeWriter writer,
    IOrganisationDirectory directory,
    IPersonLanguages languages,
    IOptions<TaskOverdueOptions> options,
    OrganisationClock clock) : IScheduledJob
{
    public string Name => "plan-task-overdue";

    public string CronExpression => options.Value.Cron;

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var organisation = await directory.GetAsync(cancellationToken);
        var today = clock.Today(organisation);
        var readers = await languages.ForAsync(organisation, cancellationToken);
        foreach (var cycleId in CycleIds(today))
        {
            if (await documents.CycleAsync(cycleId, cancellationToken) is not { Value: { State: PlanCycleState.Published } cycle })
            {
                continue;
            }

            foreach (var plan in await documents.PlansAsync(cycleId, cancellationToken))
            {
                await NotifyAsync(cycle, plan.Value, organisation, readers, today, cancellationToken);
            }
        }
    }

    /// <summary>Each kind's current period and the one before it: a month's tasks fall due on its last day, seen the next morning.</summary>
    private static IEnumerable<string> CycleIds(DateOnly today) =>
        Enum.GetValues<PlanKind>()
            .Select(kind => PlanDocuments.PeriodContaining(kind, today))
            .SelectMany(period => new[] { period, PlanDocuments.PeriodContaining(period.Kind, period.Start.AddDays(-1)) })
            .Select(PlanCycle.IdFor)
            .Distinct(StringComparer.Ordinal);

    private async Task NotifyAsync(PlanCycle cycle, DepartmentPlan plan, OrganisationProfile organisation, Organisation.Languages.RecipientLanguages readers, DateOnly today, CancellationToken cancellationToken)
    {
        var stored = await documents.TaskOverdueAsync(cycle.CycleId, plan.DepartmentId, cancellationToken);
        var record = stored?.Value ?? new TaskOverdueRecord(cycle.CycleId, plan.DepartmentId);
        var due = record.Due(plan, today).Where(t => organisation.FindPerson(t.OwnerPersonId) is not null).ToList();
        if (due.Count == 0)
        {
            return;
        }

        var now = clock.UtcNow;
        var outbox = new PlanOutbox(now, $"{cycle.CycleId}:{plan.DepartmentId}:task-overdue");
        var entityId = PlanVerbs.PlanEntityId(cycle.CycleId, plan.DepartmentId);
        var audit = new List<AuditEvent>();
        foreach (var task in due)
        {
            var owner = organisation.FindPerson(task.OwnerPersonId)!;
            outbox.ToPerson(owner, text => PlanMessageCard.Build(
                text.Format("Planning.Notify.TaskOverdue", task.Title),
                [text.Format("Planning.Notify.TaskOverdueLine", PlanNames.Department(organisation, plan.DepartmentId, text), PlanNames.Cycle(cycle, text), PlanNames.Date(task.DueDate, text), today.DayNumber - task.DueDate.DayNumber, task.ProgressPercent)],
                text["Planning.Notify.MyTasksButton"],
                PlanVerbs.Tasks,
                entityId), "task:" + TaskOverdueRecord.EntryFor(task, today));
            audit.AddRange(AuditTrail.One(nameof(DepartmentPlan), $"{cycle.CycleId}:{DepartmentPlan.DocumentIdFor(plan.DepartmentId)}", "plan.task-overdue-notified", PlanActor.SystemId, now, task.Id));
        }

        try
        {
            await writer.CommitAsync(
                new Change<TaskOverdueRecord>(PlanDocuments.Container, PlanDocuments.TaskOverdueKey(cycle.CycleId, plan.DepartmentId), record.With(due, today), stored?.ETag)
                {
                    Audit = audit,
                    Messages = outbox.MessagesIn(readers),
                },
                cancellationToken);
        }
        catch (Exception e) when (e is DocumentPreconditionFailedException or DocumentConflictException or BatchFailedException)
        {
            // Another instance told these owners meanwhile: its notices stand.
        }
    }
}
