using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.Turns.Pipeline;
using OpsRhythm.Domain.Indicators;
using OpsRhythm.Domain.Workflow;

namespace OpsRhythm.Bot.Indicators;

/// <summary>Reads the figure entry card into a typed row: a department the actor may enter, an indicator of the catalog, a period of its frequency, a number.</summary>
internal static class FigureInput
{
    public static CommandRead<(FigureKind Kind, IndicatorCsvRow Row)> Read(CardTurn card, IndicatorCatalog catalog, IReadOnlySet<string> departments)
    {
        var errors = new Dictionary<string, FieldError>(StringComparer.Ordinal);
        var departmentId = card.Value(IndicatorFields.Department) ?? string.Empty;
        if (!departments.Contains(departmentId))
        {
            errors[IndicatorFields.Department] = new("Indicators.Validation.Required");
        }

        var indicator = card.Value(IndicatorFields.Indicator) is { } i ? catalog.Find(i) : null;
        if (indicator is null)
        {
            errors[IndicatorFields.Indicator] = new("Indicators.Validation.Required");
        }

        if (!Period.TryParse(card.Value(IndicatorFields.Period), out var period))
        {
            errors[IndicatorFields.Period] = new("Indicators.Validation.BadPeriod");
        }
        else if (indicator is not null && period.Frequency != indicator.Frequency)
        {
            errors[IndicatorFields.Period] = new("Indicators.Validation.WrongFrequency", card.Text[$"Indicators.Frequency.{indicator.Frequency}"]);
        }

        if (!IndicatorCsv.TryParseNumber(card.Value(IndicatorFields.Value), out var value))
        {
            errors[IndicatorFields.Value] = new("Indicators.Validation.NotANumber");
        }

        return errors.Count > 0
            ? CommandRead.Errors<(FigureKind, IndicatorCsvRow)>(errors)
            : CommandRead.Ok((Kind(card), new IndicatorCsvRow(1, departmentId, indicator!, period, value)));
    }

    /// <summary>Values unless the card says targets.</summary>
    public static FigureKind Kind(CardTurn card) =>
        Enum.TryParse<FigureKind>(card.Value(IndicatorFields.Kind), out var kind) && Enum.IsDefined(kind) ? kind : FigureKind.Value;
}
