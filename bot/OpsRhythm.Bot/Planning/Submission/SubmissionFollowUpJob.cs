using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Planning.Submission;

/// <summary>
/// Follows up the drafts of every open cycle once a day (Planning:Submission:Cron, organisation's time
/// zone; one lease per occurrence): heads who have not submitted are reminded on the configured days
/// before the due date, and once it has passed the ops office is told, once per plan per day. Each
/// notice is written with its follow-up record and audit event in one batch, under keys of the plan
/// and the organisation's day, so a rerun of the same day sends nothing twice.
/// </summary>
internal sealed class SubmissionFollowUpJob(
    PlanDocuments documents,
    ChangeWriter writer,
    IOrganisationDirectory directory,
    IPersonLanguages languages,
    IOptions<SubmissionReminderOptions> options,
    OrganisationClock clock) : IScheduledJob
{
    public string Name => "plan-submission-follow-up";

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
        foreach (var cycle in await OpenCyclesAsync(today, cancellationToken))
        {
            await FollowUpAsync(cycle, organisation, readers, today, cancellationToken);
        }
    }

    /// <summary>The cycles being drafted now: for each kind, the next period's and the current one's (point reads, no query across partitions).</summary>
    private async Task<IReadOnlyList<PlanCycle>> OpenCyclesAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var open = new List<PlanCycle>();
        foreach (var kind in Enum.GetValues<PlanKind>())
        {
            foreach (var period in new[] { PlanPeriod.NextAfter(kind, today), PlanDocuments.PeriodContaining(kind, today) })
            {
                if (await documents.CycleAsync(PlanCycle.IdFor(period), cancellationToken) is { Value: { State: PlanCycleState.Open, Round: 0 } cycle }
                    && !open.Any(c => c.CycleId == cycle.CycleId))
                {
                    open.Add(cycle);
                }
            }
        }

        return open;
    }

    private async Task FollowUpAsync(PlanCycle cycle, OrganisationProfile organisation, RecipientLanguages readers, DateOnly today, CancellationToken cancellationToken)
    {
        var plans = (await documents.PlansAsync(cycle.CycleId, cancellationToken)).ToDictionary(p => p.Value.DepartmentId, p => p.Value.State, StringComparer.Ordinal);
        var done = await documents.SubmissionFollowUpsAsync(cycle.CycleId, cancellationToken);
        var now = clock.UtcNow;
        foreach (var departmentId in cycle.DepartmentIds)
        {
            var state = plans.GetValueOrDefault(departmentId, DepartmentPlanState.NotStarted);
            var stored = done.FirstOrDefault(d => d.Value.DepartmentId == departmentId);
            var notice = SubmissionDeadline.Due(cycle, state, today, options.Value.DaysBefore(), stored?.Value);
            if (notice == SubmissionNotice.Nothing)
            {
                continue;
            }

            var outbox = SubmissionNotices.For(notice, cycle, departmentId, state, organisation, today, now);
            var messages = outbox.MessagesIn(readers);
            if (messages.Count == 0)
            {
                // Nobody to tell (no head, or no ops office): nothing is recorded, so it is tried again tomorrow.
                continue;
            }

            var followUp = stored?.Value ?? new SubmissionFollowUp(cycle.CycleId, departmentId);
            followUp = notice == SubmissionNotice.Remind
                ? followUp with { RemindedOn = today, Reminders = followUp.Reminders + 1 }
                : followUp with { EscalatedOn = today, Escalations = followUp.Escalations + 1 };
            // The plan's audit entity, as PlanAudit names it, so the follow-ups sit in the plan's history.
            var entityId = $"{cycle.CycleId}:{DepartmentPlan.DocumentIdFor(departmentId)}";
            var action = notice == SubmissionNotice.Remind ? "plan.submission-reminded" : "plan.overdue-escalated";
            try
            {
                await writer.CommitAsync(
                    new Change<SubmissionFollowUp>(PlanDocuments.Container, PlanDocuments.SubmissionFollowUpKey(cycle.CycleId, departmentId), followUp, stored?.ETag)
                    {
                        Audit = AuditTrail.One(nameof(DepartmentPlan), entityId, action, PlanActor.SystemId, now),
                        Messages = messages,
                    },
                    cancellationToken);
            }
            catch (Exception e) when (CardPipeline.IsLostRace(e))
            {
                // Another instance followed this plan up meanwhile: its notice stands.
            }
        }
    }
}
