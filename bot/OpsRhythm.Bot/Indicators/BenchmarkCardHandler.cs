using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// The ops office records an industry benchmark for an indicator and period (R-3.4), on the card pipeline.
/// A benchmark is recorded or replaced as a whole, so there is no version to compare: it is written at the
/// version read, or created, with its audit entry.
/// </summary>
internal sealed class BenchmarkCardHandler(IndicatorReader reader, IDocumentStore store, CardPipeline pipeline) : ICardActionHandler
{
    public IReadOnlyDictionary<string, VerbAccess> Access { get; } = new Dictionary<string, VerbAccess>(StringComparer.Ordinal)
    {
        [IndicatorVerbs.SaveBenchmark] = VerbAccess.Company(Role.OpsOffice),
    };

    public async Task<CardActionResult> HandleAsync(CardTurn card, CancellationToken cancellationToken)
    {
        if (IndicatorAccess.CheckOpsOffice(card.Actor) is { } rejection)
        {
            return CardAnswers.Forbidden(card, rejection);
        }

        // Which benchmark is written depends on the inputs, so they are read before it is loaded.
        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        var read = BenchmarkInput.Read(card, catalog);
        if (read.Command is not { } command)
        {
            return CardActionResult.ShowCard(BenchmarkCard.Build(catalog, card.Text, card.Request.Data, read.Invalid));
        }

        var key = new DocumentKey(IndicatorCatalog.PartitionKey, Benchmark.IdFor(command.IndicatorId, command.Period.ToString()));
        return await pipeline.ChangeAsync(card, new StateChange<Benchmark, RecordBenchmark>
        {
            Container = StorageContainers.Indicators,
            EntityType = nameof(Benchmark),
            Load = async ct => await store.ReadAsync<Benchmark>(StorageContainers.Indicators, key, ct)
                ?? NotYetStored.Of(key, new Benchmark(command.IndicatorId, command.Period.ToString(), command.Value) { RecordedBy = card.Actor.Id, RecordedAt = pipeline.Clock.UtcNow }),
            ChecksVersion = false,
            MayAct = _ => IndicatorAccess.CheckOpsOffice(card.Actor),
            Read = _ => command,
            Decide = (_, recorded) => IndicatorKeeping.RecordBenchmark(card.Actor, recorded, pipeline.Clock.UtcNow),
            Show = (_, note, _) => Task.FromResult(CardActionResult.ShowCard(note.Rejection is { } refused
                ? BenchmarkCard.Build(catalog, card.Text, card.Request.Data, refused)
                : BenchmarkCard.Build(catalog, card.Text, notice: note.Notice))),
            Done = _ => card.Text.Format(
                "Indicators.Benchmark.Saved",
                catalog.Find(command.IndicatorId)!.Name.For(card.Text.Culture),
                PeriodNames.Of(command.Period, card.Text),
                command.Value.ToString("#,0.##", card.Text.Culture)),
        }, cancellationToken);
    }
}
