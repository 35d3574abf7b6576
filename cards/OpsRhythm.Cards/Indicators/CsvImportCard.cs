using OpsRhythm.Cards.Actions;
using OpsRhythm.Cards.Localization;
using OpsRhythm.Cards.Model;
using OpsRhythm.Domain.Indicators;

namespace OpsRhythm.Cards.Indicators;

/// <summary>
/// Many figures at once, pasted as CSV. Nothing is saved while a row is wrong: the card comes back
/// with the pasted text intact and a table of every bad row and why.
/// </summary>
public static class CsvImportCard
{
    /// <summary>The card lists this many errors; more are summarised so the card stays under Teams' size limit.</summary>
    public const int MaxErrorsShown = 30;

    public static AdaptiveCard Build(Localizer text, string? csv = null, string? kind = null, IReadOnlyList<IndicatorCsvError>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<CardElement>
        {
            CardParts.Title(text["Indicators.Csv.Title"]),
            CardParts.Subtle(text["Indicators.Csv.Hint"]),
            new TextBlock("department,indicator,period,value\nsales,sales,2026-M10,1280\nsales,complaint-rate,2026-M10,2.4") { IsSubtle = true },
        };
        if (errors is { Count: > 0 })
        {
            body.Add(CardParts.Notice(text.Format("Indicators.Csv.ErrorCount", errors.Count)));
            body.Add(CardParts.Table(
                [1, 5],
                [text["Indicators.Csv.Line"], text["Indicators.Csv.Problem"]],
                errors.Take(MaxErrorsShown).Select(e => (IReadOnlyList<CardElement>)
                [
                    CardParts.Cell(e.Line == 0 ? "—" : e.Line.ToString(text.Culture)),
                    CardParts.Cell(text.Format(e.TextKey, e.Arguments), TextColor.Attention),
                ])));
            if (errors.Count > MaxErrorsShown)
            {
                body.Add(CardParts.Subtle(text.Format("Indicators.Csv.MoreErrors", errors.Count - MaxErrorsShown)));
            }
        }

        body.Add(new InputChoiceSet(CardParts.EnumChoices<FigureKind>(text, "Indicators.Kind"))
        {
            Id = IndicatorFields.Kind, Label = text["Indicators.Entry.Kind"], Style = ChoiceInputStyle.Expanded, Value = kind ?? nameof(FigureKind.Value),
        });
        body.Add(new InputText
        {
            Id = IndicatorFields.Csv, Label = text["Indicators.Csv.Label"], IsMultiline = true, Value = csv, IsRequired = true,
            ErrorMessage = text["Indicators.Validation.Required"], MaxLength = 20000,
        });
        return new AdaptiveCard(body)
        {
            Actions = [ActionData.Execute(text["Indicators.Csv.Import"], IndicatorVerbs.ImportCsv)],
            FallbackText = text["Indicators.Csv.Title"],
        };
    }
}
