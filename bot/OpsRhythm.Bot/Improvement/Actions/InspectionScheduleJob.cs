using System.Globalization;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Time;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Improvement.Actions;

/// <summary>
/// Regular inspections: on a planned inspection's day, in the organisation's calendar, the inspector gets the
/// inspection card set to the department, kind and date, and the department's head a notice, each in their language;
/// a regular one's next inspection is planned. The next one is created first (its id is known, so a second run finds
/// it), then the day's is marked due in the batch with the messages, so a repeated or caught-up run tells nobody twice.
/// </summary>
internal sealed class InspectionScheduleJob(
    IDocumentStore store, ChangeWriter writer, IOrganisationDirectory directory, IPersonLanguages languages, IConfiguration configuration, OrganisationClock clock) : IScheduledJob
{
    public string Name => "inspection-schedule";

    public string CronExpression => configuration["Indicators:InspectionScheduleCron"] ?? "0 8 * * *";

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var organisation = await directory.GetAsync(cancellationToken);
        var readers = await languages.ForAsync(organisation, cancellationToken);
        var today = clock.Today(organisation);
        var query = DocumentQuery.Of<ScheduledInspection>().Where("state", ScheduledInspectionState.Planned);
        await foreach (var stored in store.QueryAcrossPartitionsAsync<ScheduledInspection>(StorageContainers.Improvement, query, cancellationToken))
        {
            var planned = stored.Value;
            if (planned.Date > today)
            {
                continue;
            }

            var now = clock.UtcNow;
            if (InspectionScheduling.Next(planned, now) is { } next)
            {
                try
                {
                    await writer.CommitAsync(
                        new Change<ScheduledInspection>(StorageContainers.Improvement, new DocumentKey(ScheduledInspection.PartitionFor(next.Date), next.Id), next, null)
                        {
                            Audit = AuditTrail.One(nameof(ScheduledInspection), next.Id, "scheduled", "system", now),
                        },
                        cancellationToken);
                }
                catch (Exception e) when (CardPipeline.IsLostRace(e))
                {
                    // Planned by an earlier run that stopped before marking this one due.
                }
            }

            try
            {
                await writer.CommitAsync(
                    new Change<ScheduledInspection>(StorageContainers.Improvement, stored.Key, planned with { State = ScheduledInspectionState.Due }, stored.ETag)
                    {
                        Audit = AuditTrail.One(nameof(ScheduledInspection), planned.Id, "due", "system", now),
                        Messages = Messages(planned, organisation, readers, now),
                    },
                    cancellationToken);
            }
            catch (DocumentPreconditionFailedException)
            {
                // Changed meanwhile: the next run judges it afresh.
            }
        }
    }

    private static List<OutboxMessage> Messages(ScheduledInspection planned, Domain.Organisation.OrganisationProfile organisation, RecipientLanguages readers, DateTimeOffset now)
    {
        var messages = new List<OutboxMessage>();
        var day = planned.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (organisation.FindPerson(planned.InspectorPersonId) is { } inspector)
        {
            var text = readers.For(inspector);
            var typed = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [IndicatorFields.Department] = planned.DepartmentId,
                [IndicatorFields.Kind] = planned.Kind.ToString(),
                [IndicatorFields.Date] = day,
            };
            var form = InspectionCard.Build(organisation, text, day, typed);
            var heading = new TextBlock(text.Format("Inspections.Due.Inspector", DisplayTime.Date(planned.Date, text), organisation.FindDepartment(planned.DepartmentId)?.Name.For(text.Culture) ?? planned.DepartmentId)) { Color = TextColor.Accent };
            var card = form with { Body = [heading, .. form.Body] };
            messages.Add(OutboxMessage.Create(OutboxTarget.Person(inspector.Id), ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText), $"{planned.Id}:due:inspector", now));
        }

        if (organisation.HeadOf(planned.DepartmentId) is { } head && head.Id != planned.InspectorPersonId)
        {
            var text = readers.For(head);
            var notice = text.Format(
                "Inspections.Due.Head",
                DisplayTime.Date(planned.Date, text),
                organisation.FindDepartment(planned.DepartmentId)?.Name.For(text.Culture) ?? planned.DepartmentId,
                text[$"Indicators.InspectionKind.{planned.Kind}"],
                organisation.FindPerson(planned.InspectorPersonId)?.Name.For(text.Culture) ?? planned.InspectorPersonId);
            messages.Add(OutboxMessage.Create(OutboxTarget.Person(head.Id), ActivityFactory.Text(notice), $"{planned.Id}:due:head", now));
        }

        return messages;
    }
}
