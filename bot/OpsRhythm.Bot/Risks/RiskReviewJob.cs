using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Domain.Risks;
using OpsRhythm.Domain.Time;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Risks;

/// <summary>
/// Continuous monitoring: every open risk whose review has come reminds its owner, once per
/// due date; the owner answers "reviewed" on the risk card, which sets the next date. A risk without a
/// review date is due <see cref="RisksOptions.DefaultReviewDays"/> after it was last assessed, so no
/// open risk goes unwatched.
/// </summary>
internal sealed class RiskReviewJob(IDocumentStore store, ChangeWriter writer, IOrganisationDirectory directory, IPersonLanguages languages, IOptions<RisksOptions> options, OrganisationClock clock) : IScheduledJob
{
    public string Name => "risk-review-reminders";

    public string CronExpression => options.Value.ReviewReminderCron;

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var organisation = await directory.GetAsync(cancellationToken);
        var recipients = await languages.ForAsync(organisation, cancellationToken);
        var today = clock.Today(organisation);
        var now = clock.UtcNow;
        var zone = OrganisationZones.Of(organisation);
        await foreach (var stored in store.QueryAcrossPartitionsAsync<Risk>(StorageContainers.Risks, DocumentQuery.Of<Risk>().Where("status", RiskStatus.Open), cancellationToken))
        {
            var risk = stored.Value;
            var due = risk.ReviewDue(zone, options.Value.DefaultReviewDays);
            if (due > today || risk.ReviewRemindedFor == due || organisation.FindPerson(risk.OwnerPersonId) is not { } owner)
            {
                continue;
            }

            var text = recipients.For(owner);
            var reminder = ActivityFactory.Text(text.Format("Risks.ReviewReminder", risk.Description, due));
            try
            {
                await writer.CommitAsync(
                    new Change<Risk>(StorageContainers.Risks, stored.Key, risk with { ReviewRemindedFor = due }, stored.ETag)
                    {
                        Audit = AuditTrail.One(nameof(Risk), risk.Id, "review-reminded", "system", now),
                        Messages = [OutboxMessage.Create(OutboxTarget.Person(owner.Id), reminder, $"{risk.Id}:review:{due:yyyy-MM-dd}", now)],
                    },
                    cancellationToken);
            }
            catch (DocumentPreconditionFailedException)
            {
                // Reviewed or changed meanwhile: the next run judges it afresh.
            }
        }
    }
}
