using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>
/// The weekly status's view of the department's monthly plan: the tasks the card lists, and the write
/// of reported progress into the plan's tracking. The month is the one the report's deadline falls in
/// (organisation's time zone); only a published monthly cycle counts as an approved plan.
/// </summary>
/// <remarks>
/// The report (status container, pk = week) and the plan (plans container, pk = cycle) live in
/// different partitions, so they cannot share one batch. The report is saved first; then the plan is
/// updated through <see cref="DepartmentPlanMachine"/> in its own batch with its audit events, guarded
/// by its ETag and re-decided on a conflict. Each write is atomic; should the process stop between the
/// two, the next edit of the status brings the plan up to date (rows that differ from the plan are written).
/// </remarks>
internal sealed class MonthlyPlanTracking(PlanDocuments documents, ChangeWriter writer)
{
    private const int Attempts = 3;

    /// <summary>The month whose plan a week's status reports on: the one its deadline falls in.</summary>
    public static PlanPeriod MonthOf(DateTimeOffset deadline, OrganisationProfile organisation)
    {
        var zone = OrganisationZones.Of(organisation);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(deadline, zone).DateTime);
        return PlanPeriod.Monthly(day.Year, day.Month);
    }

    /// <summary>The tasks of the department's published monthly plan; empty without one.</summary>
    public async Task<IReadOnlyList<PlanTask>> TasksAsync(WeeklyStatusReport report, OrganisationProfile organisation, CancellationToken cancellationToken)
    {
        var found = await FindAsync(MonthOf(report.Deadline, organisation), report.DepartmentId, cancellationToken);
        return found?.Plan.Value.Content.Tasks ?? [];
    }

    /// <summary>Every department's plan of a published monthly cycle (one partition), for the jobs; empty without one.</summary>
    public async Task<IReadOnlyList<DepartmentPlan>> PlansAsync(PlanPeriod month, CancellationToken cancellationToken)
    {
        var cycleId = PlanCycle.IdFor(month);
        var cycle = await documents.CycleAsync(cycleId, cancellationToken);
        return cycle?.Value.State == PlanCycleState.Published
            ? (await documents.PlansAsync(cycleId, cancellationToken)).Select(p => p.Value).ToList()
            : [];
    }

    /// <summary>Writes the progress and status of the report's plan rows into the plan, as <paramref name="actor"/>.</summary>
    public async Task<PlanTrackingOutcome> UpdateAsync(WeeklyStatusReport report, Person actor, OrganisationProfile organisation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (report.State != ReportState.Submitted || !report.Tasks.Any(t => t.PlanTaskId is not null))
        {
            return PlanTrackingOutcome.NoPlan;
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (await FindAsync(MonthOf(report.Deadline, organisation), report.DepartmentId, cancellationToken) is not { } found)
            {
                return PlanTrackingOutcome.NoPlan;
            }

            var decision = Decide(found.Cycle.Value, found.Plan.Value, report, PlanActor.From(actor, organisation), now);
            if (decision is null)
            {
                return PlanTrackingOutcome.Unchanged;
            }

            if (decision.Rejection is not null)
            {
                return PlanTrackingOutcome.NotAllowed;
            }

            var plan = decision.State!;
            var key = PlanDocuments.PlanKey(plan.CycleId, plan.DepartmentId);
            try
            {
                await writer.CommitAsync(
                    new Change<DepartmentPlan>(PlanDocuments.Container, key, plan, found.Plan.ETag)
                    {
                        Audit = PlanAudit.Of(decision, nameof(DepartmentPlan), $"{plan.CycleId}:{key.Id}", actor.Id, now),
                    },
                    cancellationToken);
                return PlanTrackingOutcome.Updated;
            }
            catch (DocumentPreconditionFailedException)
            {
                // Someone changed the plan since we read it: decide again on what it holds now.
            }
        }

        return PlanTrackingOutcome.Conflict;
    }

    /// <summary>One decision for all rows that change the plan; null when none does; the first refusal otherwise.</summary>
    private static Decision<DepartmentPlan>? Decide(PlanCycle cycle, DepartmentPlan plan, WeeklyStatusReport report, PlanActor actor, DateTimeOffset now)
    {
        var events = new List<WorkflowEvent>();
        foreach (var row in report.Tasks.Where(t => t.PlanTaskId is not null))
        {
            if (plan.Content.Tasks.FirstOrDefault(t => t.Id == row.PlanTaskId) is not { } task || !PlanTaskLink.Changes(task, row))
            {
                continue;
            }

            var decision = DepartmentPlanMachine.Decide(plan, cycle, actor, new UpdateTaskCommand(task.Id, PlanTaskLink.ToPlanStatus(row), row.Percent, now));
            if (decision.Rejection is not null)
            {
                return decision;
            }

            plan = decision.State!;
            events.AddRange(decision.Events.Select(e => e with
            {
                Details = new Dictionary<string, string>(e.Details, StringComparer.Ordinal) { ["weeklyStatus"] = report.Week },
            }));
        }

        return events.Count == 0 ? null : Decision.Accept(plan, [.. events]);
    }

    private async Task<(StoredDocument<PlanCycle> Cycle, StoredDocument<DepartmentPlan> Plan)?> FindAsync(PlanPeriod month, string departmentId, CancellationToken cancellationToken)
    {
        var cycleId = PlanCycle.IdFor(month);
        if (await documents.CycleAsync(cycleId, cancellationToken) is not { Value.State: PlanCycleState.Published } cycle
            || await documents.PlanAsync(cycleId, departmentId, cancellationToken) is not { } plan)
        {
            return null;
        }

        return (cycle, plan);
    }
}
