using Microsoft.Extensions.Options;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Organisation.Languages;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Time;
using OpsRhythm.Protocol.Activities;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// Prompts the people who enter figures when figures are due: from <c>Indicators:FiguresDueDay</c> of a
/// month, in the organisation's calendar, each department's head gets, in their language, the indicators of last
/// month (and of the quarter or year it closes) without a value, on the figure entry card. Once per department and
/// month: the <see cref="FiguresDuePrompt"/> record is created in the batch that queues the prompt, so a second run
/// finds it and a department whose figures are all in is not prompted. Background work: one point read, and while
/// figures are missing one single-partition query, per department and run.
/// </summary>
internal sealed class FiguresDuePromptJob(
    IDocumentStore store, ChangeWriter writer, IndicatorReader reader, IOrganisationDirectory directory, IPersonLanguages languages, IOptions<FiguresDueOptions> options, OrganisationClock clock) : IScheduledJob
{
    public string Name => "figures-due-prompts";

    public string CronExpression => options.Value.FiguresDueCron;

    public async Task RunAsync(DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var organisation = await directory.GetAsync(cancellationToken);
        var periods = FiguresDue.PeriodsDue(clock.Today(organisation), options.Value.FiguresDueDay);
        if (periods.Count == 0)
        {
            return;
        }

        var month = periods[0];
        var readers = await languages.ForAsync(organisation, cancellationToken);
        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        foreach (var department in organisation.Departments)
        {
            if (organisation.HeadOf(department.Id) is not { } head)
            {
                continue;
            }

            var key = new DocumentKey(IndicatorValue.PartitionFor(department.Id, month.Year), FiguresDuePrompt.IdFor(month));
            if (await store.ReadAsync<FiguresDuePrompt>(StorageContainers.Indicators, key, cancellationToken) is not null)
            {
                continue;
            }

            var values = await reader.ValuesAsync(key.PartitionKey, cancellationToken);
            var missing = FiguresDue.Missing(catalog, periods, values.Select(v => v.Value));
            if (missing.Count == 0)
            {
                continue;
            }

            var now = clock.UtcNow;
            var prompt = new FiguresDuePrompt(key.Id, department.Id, month.ToString(), [.. missing.Select(m => $"{m.Indicator.Id}:{m.Period}")]) { PromptedAt = now };
            var card = FiguresDueCard.Build(organisation, catalog, department.Id, missing, readers.For(head));
            try
            {
                await writer.CommitAsync(
                    new Change<FiguresDuePrompt>(StorageContainers.Indicators, key, prompt, null)
                    {
                        Audit = AuditTrail.One(nameof(FiguresDuePrompt), prompt.Id, "prompted", "system", now),
                        Messages = [OutboxMessage.Create(OutboxTarget.Person(head.Id), ActivityFactory.Card(CardJson.ToElement(card), card.FallbackText), $"{department.Id}:{prompt.Id}", now)],
                    },
                    cancellationToken);
            }
            catch (Exception e) when (CardPipeline.IsLostRace(e))
            {
                // Another instance prompted this department meanwhile: once is enough.
            }
        }
    }
}
