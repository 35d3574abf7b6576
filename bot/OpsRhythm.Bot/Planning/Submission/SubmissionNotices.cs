using OpsRhythm.Cards.Planning;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Planning;

namespace OpsRhythm.Bot.Planning.Submission;

/// <summary>
/// The messages of a late-submission follow-up, each in its recipient's language: the reminder to the
/// department's head (with a button to their plan), or the escalation to the ops office's channel (to
/// each ops office member when there is none). Keys carry the plan and the organisation's day.
/// </summary>
internal static class SubmissionNotices
{
    public static PlanOutbox For(SubmissionNotice notice, PlanCycle cycle, string departmentId, DepartmentPlanState state, OrganisationProfile organisation, DateOnly today, DateTimeOffset now)
    {
        var day = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var outbox = new PlanOutbox(now, $"{cycle.CycleId}:r{cycle.Round}:{departmentId}:submission:{day}");
        var entityId = PlanVerbs.PlanEntityId(cycle.CycleId, departmentId);
        if (notice == SubmissionNotice.Remind)
        {
            if (organisation.HeadOf(departmentId) is { } head)
            {
                outbox.ToPerson(head, text => PlanMessageCard.Build(
                    text.Format("Planning.Notify.SubmissionReminder", PlanNames.Cycle(cycle, text), PlanNames.Date(cycle.DueDate, text)),
                    [text.Format("Planning.Notify.SubmissionReminderLine", cycle.DueDate.DayNumber - today.DayNumber, PlanNames.Of(state, text))],
                    text["Planning.Notify.OpenPlanButton"],
                    PlanVerbs.View,
                    entityId), "reminder");
            }

            return outbox;
        }

        Cards.Model.AdaptiveCard Escalation(Cards.Localization.Localizer text) => PlanMessageCard.Build(
            text.Format("Planning.Notify.Overdue", PlanNames.Department(organisation, departmentId, text), PlanNames.Cycle(cycle, text)),
            [text.Format(
                "Planning.Notify.OverdueLine",
                PlanNames.Date(cycle.DueDate, text),
                today.DayNumber - cycle.DueDate.DayNumber,
                PlanNames.Of(state, text),
                organisation.HeadOf(departmentId) is { } head ? PlanNames.Person(organisation, head.Id, text) : "—")],
            text["Planning.Notify.OpenPlanButton"],
            PlanVerbs.View,
            entityId);
        if (!string.IsNullOrEmpty(organisation.OpsChannelId))
        {
            outbox.ToChannel(organisation.OpsChannelId, Escalation, "overdue");
        }
        else
        {
            foreach (var ops in organisation.WithRole(Role.OpsOffice))
            {
                outbox.ToPerson(ops, Escalation, "overdue");
            }
        }

        return outbox;
    }
}
