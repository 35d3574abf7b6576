using OpsRhythm.Bot.Planning;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;
using OpsRhythm.Domain.Time;

namespace OpsRhythm.Bot.Dashboard;

/// <summary>
/// The month's plan cycle: each department's plan state and completion (everyone), and the tasks of the departments shown in detail.
/// A plan past the cycle's due date (organisation's calendar) and not submitted is marked overdue (逾期).
/// </summary>
internal sealed class PlanSection(PlanDocuments documents, OrganisationClock clock)
{
    public async Task<(PlanStatusView Plans, IReadOnlyList<TaskRow> Tasks)> ReadAsync(
        PlanPeriod period, IReadOnlyList<string> detail, OrganisationProfile organisation, Localizer text, CancellationToken cancellationToken)
    {
        var cycleId = PlanCycle.IdFor(period);
        if (await documents.CycleAsync(cycleId, cancellationToken) is not { } cycle)
        {
            return (new PlanStatusView(null, null, []), []);
        }

        // One partition holds the cycle's plans: a single query, whatever the number of departments.
        var plans = (await documents.PlansAsync(cycleId, cancellationToken)).Select(p => p.Value).ToDictionary(p => p.DepartmentId, StringComparer.Ordinal);
        var today = clock.Today(organisation);
        var rows = new List<DepartmentPlanRow>();
        var tasks = new List<TaskRow>();
        foreach (var departmentId in cycle.Value.DepartmentIds)
        {
            var name = DepartmentName(organisation, departmentId, text);
            var plan = plans.GetValueOrDefault(departmentId);
            var state = plan?.State ?? DepartmentPlanState.NotStarted;
            var planTasks = plan?.Content.Tasks ?? [];
            var overdue = SubmissionDeadline.IsOverdue(cycle.Value, state, today);
            var label = text[$"Planning.DepartmentPlanState.{state}"];
            rows.Add(new DepartmentPlanRow(
                departmentId, name, state.ToString(), overdue ? text.Format("Planning.OverdueState", label) : label, plan?.CompletionPercent ?? 0,
                planTasks.Count, planTasks.Count(t => t.Status == PlanTaskStatus.Done), planTasks.Count(t => t.Status == PlanTaskStatus.Blocked))
            { Overdue = overdue });
            if (detail.Contains(departmentId, StringComparer.Ordinal))
            {
                tasks.AddRange(planTasks
                    .OrderByDescending(t => t.Status == PlanTaskStatus.Blocked).ThenByDescending(t => t.IsMilestone).ThenBy(t => t.DueDate)
                    .Select(t => new TaskRow(
                        departmentId, name, t.Title, PersonName(organisation, t.OwnerPersonId, text), t.DueDate, t.Status.ToString(),
                        text[$"Planning.PlanTaskStatus.{t.Status}"], t.Status == PlanTaskStatus.Done ? 100 : t.ProgressPercent, t.IsMilestone)));
            }
        }

        return (new PlanStatusView(cycleId, text[$"Planning.PlanCycleState.{cycle.Value.State}"], rows), tasks);
    }

    public static string DepartmentName(OrganisationProfile organisation, string departmentId, Localizer text) =>
        organisation.FindDepartment(departmentId)?.Name.For(text.Culture) ?? departmentId;

    public static string PersonName(OrganisationProfile organisation, string personId, Localizer text) =>
        organisation.FindPerson(personId)?.Name.For(text.Culture) ?? personId;
}
