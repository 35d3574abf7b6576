using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>Reminds heads whose department has not answered yet, at each occurrence until the deadline.</summary>
public sealed class WeeklyStatusReminderJob(IOrganisationDirectory directory, WeeklyStatusReports reports, ChangeWriter writer, IOptions<WeeklyStatusOptions> options, TimeProvider time) : IScheduledJob
{
    public string Name => "weekly-status-reminder";

    public string CronExpression => options.Value.ReminderCron;

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var organisation = await directory.GetAsync(cancellationToken);
        var week = StatusWeek.At(occurrence, organisation, options.Value);
        var now = time.GetUtcNow();
        if (now > week.Deadline)
        {
            return;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(organisation.TimeZone);
        foreach (var stored in await reports.OfWeekAsync(week.Id, cancellationToken))
        {
            var report = stored.Value;
            if (report.State != ReportState.Requested || organisation.HeadOf(report.DepartmentId) is not { } head)
            {
                continue;
            }

            var text = Localizer.For(head.Locale);
            var next = report with { RemindersSent = report.RemindersSent + 1 };
            var due = TimeZoneInfo.ConvertTime(report.Deadline, zone).ToString("g", text.Culture);
            var notice = text.Format("WeeklyStatus.Reminder", due);
            var card = WeeklyStatusFormCard.Build(next, string.Empty, organisation, text, now, notice);
            var message = OutboxMessage.Create(OutboxTarget.Person(head.Id), ActivityFactory.Card(CardJson.ToElement(card), notice), $"status:{week.Id}:{report.DepartmentId}:reminder:{occurrence.UtcTicks}", now)
                with { ActivityFeed = ActivityFeedItem.Create(ActivityFeedTypes.StatusReminder, ("week", week.Id), ("due", due)) };
            try
            {
                await writer.CommitAsync(new Change<WeeklyStatusReport>(StorageContainers.Status, stored.Key, next, stored.ETag) { Messages = [message] }, cancellationToken);
            }
            catch (DocumentPreconditionFailedException)
            {
                // Answered meanwhile: no reminder needed.
            }
        }
    }
}
