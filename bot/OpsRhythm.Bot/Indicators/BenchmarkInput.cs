using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Indicators;

/// <summary>The benchmark card's inputs as a <see cref="RecordBenchmark"/>, or the errors beside the fields that could not be read.</summary>
internal static class BenchmarkInput
{
    public static CommandRead<RecordBenchmark> Read(CardTurn card, IndicatorCatalog catalog)
    {
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
        return errors.Count > 0
            ? CommandRead.Errors<RecordBenchmark>(errors)
            : new RecordBenchmark(indicator!.Id, period, value, card.Value(IndicatorFields.Source));
    }
}
