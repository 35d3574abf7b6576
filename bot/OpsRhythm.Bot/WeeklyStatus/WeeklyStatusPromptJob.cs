using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Model;
using OpsRhythm.Cards.WeeklyStatus;
using OpsRhythm.Domain.Time;
using OpsRhythm.Domain.WeeklyStatus;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.WeeklyStatus;

/// <summary>Asks every department head for the week's status: creates the report and sends the card, in one write.</summary>
internal sealed class WeeklyStatusPromptJob(IOrganisationDirectory directory, IPersonLanguages languages, MonthlyPlanTracking planTracking, ChangeWriter writer, IOptions<WeeklyStatusOptions> options, OrganisationClock clock) : IScheduledJob
{
    public string Name => "weekly-status-prompt";

    public string CronExpression => options.Value.PromptCron;

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var organisation = await directory.GetAsync(cancellationToken);
        var recipients = await languages.ForAsync(organisation, cancellationToken);
        var week = StatusWeek.At(occurrence, organisation, options.Value);
        var now = clock.UtcNow;
        var plans = await planTracking.PlansAsync(MonthlyPlanTracking.MonthOf(week.Deadline, organisation), cancellationToken);
        foreach (var department in organisation.Departments)
        {
            if (department.HeadPersonId is not { } headId || organisation.FindPerson(headId) is not { } head)
            {
                continue;
            }

            var report = new WeeklyStatusReport(week.Id, department.Id, week.Deadline);
            var text = recipients.For(head);
            var planTasks = plans.FirstOrDefault(p => p.DepartmentId == department.Id)?.Content.Tasks ?? [];
            var card = WeeklyStatusFormCard.Build(report, string.Empty, organisation, text, now, planTasks: planTasks);
            var message = OutboxMessage.Create(OutboxTarget.Person(head.Id), ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText), $"status:{week.Id}:{department.Id}:prompt", now)
                with { ActivityFeed = ActivityFeedItem.Create(ActivityFeedTypes.StatusReminder, ("week", PeriodNames.Week(week.Id, text)), ("due", DisplayTime.Moment(week.Deadline, organisation, text, head.Id))) };
            try
            {
                await writer.CommitAsync(
                    new Change<WeeklyStatusReport>(StorageContainers.Status, WeeklyStatusReports.KeyOf(week.Id, department.Id), report, null)
                    {
                        Audit = AuditTrail.One(nameof(WeeklyStatusReport), $"{week.Id}/{department.Id}", "requested", "system", now),
                        Messages = [message],
                    },
                    cancellationToken);
            }
            catch (DocumentConflictException)
            {
                // The head opened the card from chat first; they have it already.
            }
        }
    }
}
