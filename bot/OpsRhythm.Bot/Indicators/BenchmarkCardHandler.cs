using System.Globalization;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Cards.Common;
using OpsRhythm.Cards.Indicators;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Organisation;
using OpsRhythm.Domain.Workflow;
using OpsRhythm.Storage.Contract;

namespace OpsRhythm.Bot.Indicators;

/// <summary>
/// The ops office records an industry benchmark for an indicator and period (R-3.4). A benchmark is
/// recorded or replaced as a whole, so there is no version to compare: it is written at the version
/// read, or created, with its audit entry.
/// </summary>
internal sealed class BenchmarkCardHandler(IndicatorReader reader, ChangeWriter writer, IDocumentStore store, CardPipeline pipeline) : ICardActionHandler
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

        var (catalog, _) = await reader.CatalogAsync(cancellationToken);
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var indicator = card.Value(IndicatorFields.Indicator) is { } i ? catalog.Find(i) : null;
        if (indicator is null)
        {
            errors[IndicatorFields.Indicator] = new("Indicators.Validation.Required");
        }

        if (!Period.TryParse(card.Value(IndicatorFields.Period), out var period))
        {
            errors[IndicatorFields.Period] = new("Indicators.Validation.BadPeriod");
        }
        else if (indicator is not null && period.Frequency != indicator.Frequency && period.Frequency != IndicatorFrequency.Annual)
        {
            errors[IndicatorFields.Period] = new("Indicators.Validation.WrongFrequency", card.Text[$"Indicators.Frequency.{indicator.Frequency}"]);
        }

        if (!IndicatorCsv.TryParseNumber(card.Value(IndicatorFields.Value), out var value))
        {
            errors[IndicatorFields.Value] = new("Indicators.Validation.NotANumber");
        }

        TextLimit.Check(errors, IndicatorFields.Source, card.Value(IndicatorFields.Source), IndicatorLimits.BenchmarkSource);
        if (errors.Count > 0)
        {
            return CardActionResult.ShowCard(BenchmarkCard.Build(catalog, card.Text, card.Request.Data, Rejection.Invalid(errors)));
        }

        var now = pipeline.Clock.UtcNow;
        var key = new DocumentKey(IndicatorCatalog.PartitionKey, Benchmark.IdFor(indicator!.Id, period.ToString()));
        var benchmark = new Benchmark(indicator.Id, period.ToString(), value) { Source = card.Value(IndicatorFields.Source), RecordedBy = card.Actor.Id, RecordedAt = now };
        var existing = await store.ReadAsync<Benchmark>(StorageContainers.Indicators, key, cancellationToken);
        var recorded = new WorkflowEvent("recorded") { Details = new Dictionary<string, string> { ["value"] = value.ToString(CultureInfo.InvariantCulture) } };
        await writer.CommitAsync(
            new Change<Benchmark>(StorageContainers.Indicators, key, benchmark, existing?.ETag) { Audit = AuditTrail.Of(nameof(Benchmark), key.Id, [recorded], card.Actor.Id, now) },
            cancellationToken);
        var notice = card.Text.Format("Indicators.Benchmark.Saved", indicator.Name.For(card.Text.Culture), PeriodNames.Of(period, card.Text), value.ToString("#,0.##", card.Text.Culture));
        return CardActionResult.ShowCard(BenchmarkCard.Build(catalog, card.Text, notice: notice));
    }
}
