namespace OpsRhythm.Domain.Planning;

/// <summary>
/// The due date of a cycle's drafts (R-1: 各部门按时提交计划): which plans still await submission, when
/// one is overdue (逾期), and what the daily follow-up owes it. Only the original round (round 0) has
/// a due date; an adjustment round re-opens one department's plan without one.
/// </summary>
public static class SubmissionDeadline
{
    /// <summary>Not yet with the ops office: never submitted, still a draft, or returned for rework.</summary>
    public static bool AwaitsSubmission(DepartmentPlanState state) =>
        state is DepartmentPlanState.NotStarted or DepartmentPlanState.Draft or DepartmentPlanState.Returned;

    /// <summary>Past the due date (on the organisation's calendar) and not submitted while the cycle takes drafts.</summary>
    public static bool IsOverdue(PlanCycle cycle, DepartmentPlanState state, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return cycle.State == PlanCycleState.Open && cycle.Round == 0 && AwaitsSubmission(state) && today > cycle.DueDate;
    }

    /// <summary>
    /// What today's follow-up owes a department's plan: a reminder to its head on each of
    /// <paramref name="remindDaysBefore"/> before the due date, an escalation to the ops office on every
    /// day after it, nothing once submitted or when already done today.
    /// </summary>
    public static SubmissionNotice Due(PlanCycle cycle, DepartmentPlanState state, DateOnly today, IReadOnlyCollection<int> remindDaysBefore, SubmissionFollowUp? done)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(remindDaysBefore);
        if (cycle.State != PlanCycleState.Open || cycle.Round != 0 || !AwaitsSubmission(state))
        {
            return SubmissionNotice.Nothing;
        }

        if (IsOverdue(cycle, state, today))
        {
            return done?.EscalatedOn == today ? SubmissionNotice.Nothing : SubmissionNotice.Escalate;
        }

        var daysLeft = cycle.DueDate.DayNumber - today.DayNumber;
        return remindDaysBefore.Contains(daysLeft) && done?.RemindedOn != today ? SubmissionNotice.Remind : SubmissionNotice.Nothing;
    }
}
