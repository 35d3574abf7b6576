using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>
/// Reminds the head of every department that has not answered yet (neither submitted nor skipped), at
/// each occurrence of WeeklyStatus:ReminderCron until the deadline. A department that was never asked
/// (the prompt did not reach it) is asked now. An occurrence that is also the prompt's is left to the
/// prompt, so nobody gets the card and a reminder at once.
/// </summary>
internal sealed class WeeklyStatusReminderJob(IOrganisationDirectory directory, IPersonLanguages languages, WeeklyStatusReports reports, MonthlyPlanTracking planTracking, ChangeWriter writer, IOptions<WeeklyStatusOptions> options, OrganisationClock clock) : IScheduledJob
{
    public string Name => "weekly-status-reminder";

    public string CronExpression => options.Value.ReminderCron;

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var organisation = await directory.GetAsync(cancellationToken);
        var recipients = await languages.ForAsync(organisation, cancellationToken);
        var zone = OrganisationZones.Of(organisation);
        var week = StatusWeek.At(occurrence, organisation, options.Value);
        var now = clock.UtcNow;
        if (now > week.Deadline || IsPromptOccurrence(occurrence, zone))
        {
            return;
        }

        var stored = (await reports.OfWeekAsync(week.Id, cancellationToken)).ToDictionary(r => r.Value.DepartmentId, StringComparer.Ordinal);
        var plans = await planTracking.PlansAsync(MonthlyPlanTracking.MonthOf(week.Deadline, organisation), cancellationToken);
        foreach (var department in organisation.Departments)
        {
            var existing = stored.GetValueOrDefault(department.Id);
            if (existing is { Value.State: not ReportState.Requested } || existing?.Value.LastReminderOccurrence == occurrence
                || organisation.HeadOf(department.Id) is not { } head)
            {
                continue;
            }

            var report = existing?.Value ?? new WeeklyStatusReport(week.Id, department.Id, week.Deadline);
            var next = report with { RemindersSent = report.RemindersSent + 1, LastReminderOccurrence = occurrence };
            var planTasks = plans.FirstOrDefault(p => p.DepartmentId == department.Id)?.Content.Tasks ?? [];
            var message = Reminder(next, head, recipients.For(head), organisation, now, planTasks, occurrence);
            try
            {
                await writer.CommitAsync(
                    new Change<WeeklyStatusReport>(StorageContainers.Status, WeeklyStatusReports.KeyOf(week.Id, department.Id), next, existing?.ETag)
                    {
                        Audit = AuditTrail.One(nameof(WeeklyStatusReport), $"{week.Id}/{department.Id}", "reminded", "system", now),
                        Messages = [message],
                    },
                    cancellationToken);
            }
            catch (Exception e) when (e is DocumentPreconditionFailedException or DocumentConflictException)
            {
                // Answered (or opened from chat) meanwhile: the head has the card; no reminder needed.
            }
        }
    }

    private static OutboxMessage Reminder(WeeklyStatusReport report, Person head, Localizer text, OrganisationProfile organisation, DateTimeOffset now, IReadOnlyList<Domain.Planning.PlanTask> planTasks, DateTimeOffset occurrence)
    {
        // The organisation's clock and the style guide's format, the head's own zone where known (as on the cards).
        var due = DisplayTime.Moment(report.Deadline, organisation, text, head.Id);
        var notice = text.Format("WeeklyStatus.Reminder", due);
        var card = WeeklyStatusFormCard.Build(report, string.Empty, organisation, text, now, notice, planTasks: planTasks);
        return OutboxMessage.Create(OutboxTarget.Person(head.Id), ActivityFactory.Card(CardJson.ToElement(card), notice), $"status:{report.Week}:{report.DepartmentId}:reminder:{occurrence.UtcTicks}", now)
            with { ActivityFeed = ActivityFeedItem.Create(ActivityFeedTypes.StatusReminder, ("week", PeriodNames.Week(report.Week, text)), ("due", due)) };
    }

    private bool IsPromptOccurrence(DateTimeOffset occurrence, TimeZoneInfo zone) =>
        Cronos.CronExpression.Parse(options.Value.PromptCron).GetNextOccurrence(occurrence.AddSeconds(-1), zone) == occurrence;
}
